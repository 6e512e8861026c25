"""Turn the curriculum data into Wagtail content, once: what already exists is left as editors made it."""

import importlib

from django.db import transaction
from wagtail.models import Site

from elearning.home.models import HomePage, ImportantPages
from modules.models import CaseStudy, LessonPage, ModuleIndexPage, ModulePage, Myth, MythLibraryPage, SupportService
from modules.permissions import grant_trainer_page_permissions
from quizzes.models import QuizPage

MODULE_FILES = ["coercive_control", "think_family", "pregnancy", "dash"]

CATALOGUE = {
    "title": "Modules",
    "slug": "modules",
    "intro": "<p>Each module takes 20 to 40 minutes. You can stop at any point and pick up where you left off.</p>",
}
MYTH_BUSTER = {
    "title": "Myth-buster",
    "slug": "myth-buster",
    "intro": (
        "<p>Beliefs about domestic abuse that many people hold, and what the evidence shows instead. "
        "Each myth links to its sources.</p>"
    ),
}


def library():
    return importlib.import_module("modules.demo.library")


def module_data():
    return [importlib.import_module(f"modules.demo.{name}").MODULE for name in MODULE_FILES]


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def child_page(parent, model, fields):
    page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
    return page or publish_child(parent, model(**fields))


def load_library():
    data = library()
    for item in data.MYTHS:
        if not Myth.objects.filter(slug=item["key"]).exists():
            myth = Myth(
                slug=item["key"],
                statement=item["statement"],
                fact=item["fact"],
                explanation=item["explanation"],
                sources=[("source", source) for source in item["sources"]],
            )
            myth.save()
            myth.tags.add(*item["tags"])
            myth.save()
    for item in data.CASE_STUDIES:
        CaseStudy.objects.get_or_create(
            slug=item["key"],
            defaults={
                "title": item["title"],
                "setting": item["setting"],
                "summary": item["summary"],
                "body": item["body"],
                "learning_points": [("point", point) for point in item["learning_points"]],
                "sources": [("source", item["source"])],
            },
        )
    for order, item in enumerate(data.SUPPORT_SERVICES, start=1):
        fields = {key: item.get(key, "") for key in ("name", "phone", "opening_hours", "url", "who_for", "notes")}
        SupportService.objects.get_or_create(slug=item["key"], defaults={**fields, "display_order": order})


def block_value(block_type, value):
    """The loader's form of a block value: library keys become the snippets they name."""
    if block_type == "myth_fact" and value.get("myth"):
        return {"myth": Myth.objects.get(slug=value["myth"])}
    if block_type == "case_study":
        return {"case_study": CaseStudy.objects.get(slug=value["case_study"]), "prompt": value.get("prompt", "")}
    if block_type == "support":
        services = [SupportService.objects.get(slug=key) for key in value["services"]]
        return {**value, "services": services}
    return value


def lesson_page(data):
    lesson = LessonPage(
        title=data["title"],
        slug=data["slug"],
        summary=data.get("summary", ""),
        body=[(block_type, block_value(block_type, value)) for block_type, value in data["body"]],
    )
    lesson.body.stream_block.clean(lesson.body)
    return lesson


def question_value(data):
    myth = Myth.objects.get(slug=data["myth"]) if data.get("myth") else None
    return {
        "kind": data["kind"],
        "text": data["text"],
        "explanation": data["explanation"],
        "source": data.get("source") or {},
        "myth": myth,
        "choices": data["choices"],
    }


def quiz_page(data):
    quiz = QuizPage(
        title=data["title"],
        slug="quiz",
        intro=data.get("intro", ""),
        pass_mark=data["pass_mark"],
        max_failed_attempts=data["max_failed_attempts"],
        shuffle_choices=True,  # the curriculum often lists the right answer first
        questions=[("question", question_value(question)) for question in data["questions"]],
    )
    quiz.questions.stream_block.clean(quiz.questions)
    return quiz


def load_module(catalogue, data):
    """Create one module and its lessons unless a module with that slug already exists."""
    if ModulePage.objects.child_of(catalogue).filter(slug=data["slug"]).exists():
        return None
    module = ModulePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        overview=data["overview"],
        learning_outcomes=[("outcome", outcome) for outcome in data["learning_outcomes"]],
        sectors=data["sectors"],
        duration_minutes=data["duration_minutes"],
        content_warning=data["content_warning"],
        refresher_months=data["refresher_months"],
    )
    module.support_services.set(SupportService.objects.filter(slug__in=data["support_services"]))
    module.tags.add(*data["topics"])
    publish_child(catalogue, module)
    for lesson in data["lessons"]:
        publish_child(module, lesson_page(lesson))
    publish_child(module, quiz_page(data["quiz"]))
    return module


def link_important_pages(catalogue, myth_buster):
    important = ImportantPages.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for name, page in (("catalogue", catalogue), ("myth_buster", myth_buster)):
        if getattr(important, f"{name}_id") is None:
            setattr(important, name, page)
            changed = True
    if changed:
        important.save()


@transaction.atomic
def load_curriculum():
    home = HomePage.objects.get()
    catalogue = child_page(home, ModuleIndexPage, CATALOGUE)
    myth_buster = child_page(home, MythLibraryPage, MYTH_BUSTER)
    link_important_pages(catalogue, myth_buster)
    for page in (catalogue, myth_buster):
        grant_trainer_page_permissions(page)
    load_library()
    for data in module_data():
        load_module(catalogue, data)
    return catalogue
