"""Write the curriculum into Wagtail pages and snippets, and bring later editions to what no editor has changed.

A run creates what is missing, rewrites what the loader wrote before and nobody has changed since
(pages get a new published revision), and leaves alone anything an editor has saved, published,
unpublished or deleted (`records.py` holds those rules). It never deletes or unpublishes.
"""

from django.db import transaction
from wagtail.models import Site

from elearning.home.models import HomePage, ImportantPages
from modules.demo.content import ContentError, read_curriculum
from modules.demo.records import Records
from modules.models import CaseStudy, LessonPage, ModuleIndexPage, ModulePage, Myth, MythLibraryPage, SupportService
from modules.permissions import grant_trainer_page_permissions
from quizzes.models import QuizPage

SERVICE_FIELDS = ("name", "phone", "opening_hours", "url", "who_for", "notes")


def fill_myth(myth, item):
    myth.statement = item["statement"]
    myth.fact = item["fact"]
    myth.explanation = item["explanation"]
    myth.sources = [("source", source) for source in item["sources"]]
    myth.tags.set(item["tags"])


def fill_case_study(case, item):
    case.title = item["title"]
    case.setting = item["setting"]
    case.summary = item["summary"]
    case.body = item["body"]
    case.learning_points = [("point", point) for point in item["learning_points"]]
    case.sources = [("source", source) for source in item["sources"]]


def fill_support_service(service, item):
    for name in SERVICE_FIELDS:
        setattr(service, name, item.get(name, ""))
    service.display_order = item["display_order"]
    service.last_checked = item.get("last_checked")


class CurriculumLoader:
    """One run of the loader over one curriculum."""

    def __init__(self, curriculum, records):
        self.curriculum = curriculum
        self.records = records
        self.library = {Myth: {}, CaseStudy: {}, SupportService: {}}

    # Library snippets

    def sync_snippet(self, model, prefix, item, fill):
        key = f"{prefix}:{item['key']}"
        obj = self.records.find(key, model.objects.filter(slug=item["key"]).first)
        if obj is None and self.records.deleted(key):
            return
        if obj is None:
            obj = model(slug=item["key"])
        elif self.records.is_current(key, item) or not self.records.snippet_unchanged(key, obj):
            self.library[model][item["key"]] = obj
            return
        fill(obj, item)
        obj.full_clean()
        obj.save()
        self.records.write(key, obj, item)
        self.library[model][item["key"]] = obj

    def load_library(self):
        for item in self.curriculum.myths:
            self.sync_snippet(Myth, "myth", item, fill_myth)
        for item in self.curriculum.case_studies:
            self.sync_snippet(CaseStudy, "case-study", item, fill_case_study)
        for order, item in enumerate(self.curriculum.support_services, start=1):
            self.sync_snippet(SupportService, "support-service", {**item, "display_order": order}, fill_support_service)

    def snippet(self, model, key, where):
        if key not in self.library[model]:
            raise ContentError(f"{where} uses {model._meta.verbose_name} '{key}', which is not in the library")
        return self.library[model][key]

    # Pages

    def sync_page(self, key, parent, model, data, fill, after=None):
        """The page for `key` under `parent`, created, rewritten or left as an editor left it; None if deleted."""
        page = self.records.find(key, model.objects.child_of(parent).filter(slug=data["slug"]).first)
        if page is None:
            return None if self.records.deleted(key) else self.create_page(key, parent, model, data, fill, after)
        page = page.specific
        if self.records.is_current(key, data) or not self.records.page_unchanged(key, page):
            return page
        fill(page, data)
        self.records.write(key, page, data, revision=self.publish(page))
        return page

    def create_page(self, key, parent, model, data, fill, after):
        page = model()
        fill(page, data)
        parent.add_child(instance=page)
        self.records.write(key, page, data, revision=self.publish(page))
        return self.place(page, parent, after)

    @staticmethod
    def place(page, parent, after):
        """Put a new lesson or quiz just after the page before it in the curriculum (`after=False`: leave it last)."""
        if after is False or page.get_prev_sibling() == after:
            return page
        page.move(after or parent, pos="right" if after else "first-child")
        return type(page).objects.get(pk=page.pk)

    @staticmethod
    def publish(page):
        revision = page.save_revision()
        revision.publish()
        return revision

    def fill_index(self, page, data):
        page.title, page.slug, page.intro = data["title"], data["slug"], data["intro"]

    def fill_module(self, page, data):
        for name in ("title", "slug", "summary", "overview", "sectors", "duration_minutes", "content_warning"):
            setattr(page, name, data[name])
        page.refresher_months = data["refresher_months"]
        page.learning_outcomes = [("outcome", outcome) for outcome in data["learning_outcomes"]]
        where = f"module '{data['slug']}'"
        page.support_services.set([self.snippet(SupportService, key, where) for key in data["support_services"]])
        page.tags.set(data["topics"])

    def block_value(self, block_type, value, where):
        """The loader's form of a block value: library keys become the snippets they name."""
        if block_type == "myth_fact" and value.get("myth"):
            return {"myth": self.snippet(Myth, value["myth"], where)}
        if block_type == "case_study":
            return {
                "case_study": self.snippet(CaseStudy, value["case_study"], where),
                "prompt": value.get("prompt", ""),
            }
        if block_type == "support":
            return {**value, "services": [self.snippet(SupportService, key, where) for key in value["services"]]}
        return value

    def fill_lesson(self, page, data):
        where = f"lesson '{data['slug']}'"
        page.title, page.slug, page.summary = data["title"], data["slug"], data.get("summary", "")
        page.body = [(kind, self.block_value(kind, value, where)) for kind, value in data["body"]]
        page.body.stream_block.clean(page.body)

    def question_value(self, data):
        myth = self.snippet(Myth, data["myth"], f"question '{data['text'][:40]}'") if data.get("myth") else None
        fields = ("kind", "text", "explanation", "source", "choices")
        return {**{name: data[name] for name in fields}, "myth": myth}

    def fill_quiz(self, page, data):
        page.title, page.slug, page.intro = data["title"], "quiz", data.get("intro", "")
        page.pass_mark, page.max_failed_attempts = data["pass_mark"], data["max_failed_attempts"]
        page.shuffle_choices = True
        page.questions = [("question", self.question_value(question)) for question in data["questions"]]
        page.questions.stream_block.clean(page.questions)

    def load_module(self, catalogue, data):
        slug = data["slug"]
        fields = {name: value for name, value in data.items() if name not in ("lessons", "quiz")}
        module = self.sync_page(f"module:{slug}", catalogue, ModulePage, fields, self.fill_module, after=False)
        if module is None:
            return
        previous = None
        for lesson in data["lessons"]:
            key = f"lesson:{slug}/{lesson['slug']}"
            previous = self.sync_page(key, module, LessonPage, lesson, self.fill_lesson, after=previous) or previous
        quiz = {**data["quiz"], "slug": "quiz"}
        self.sync_page(f"quiz:{slug}", module, QuizPage, quiz, self.fill_quiz, after=previous)

    def load(self):
        home = HomePage.objects.get()
        site = self.curriculum.site
        catalogue = self.sync_page("catalogue", home, ModuleIndexPage, site["catalogue"], self.fill_index, after=False)
        myth_buster = self.sync_page("myth-buster", home, MythLibraryPage, site["myth_buster"], self.fill_index, False)
        link_important_pages(catalogue, myth_buster)
        for page in (catalogue, myth_buster):
            if page is not None:
                grant_trainer_page_permissions(page)
        self.load_library()
        for data in self.curriculum.modules:
            if catalogue is not None:
                self.load_module(catalogue, data)
        return catalogue


def link_important_pages(catalogue, myth_buster):
    important = ImportantPages.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for name, page in (("catalogue", catalogue), ("myth_buster", myth_buster)):
        if page is not None and getattr(important, f"{name}_id") is None:
            setattr(important, name, page)
            changed = True
    if changed:
        important.save()


@transaction.atomic
def load_curriculum(curriculum=None, first_edition=None):
    """Load the curriculum (by default the files in modules/demo/curriculum); safe to run again.

    `first_edition` replaces the first edition's fingerprints (tests use it to stand in for an older edition).
    """
    curriculum = curriculum or read_curriculum()
    return CurriculumLoader(curriculum, Records(first_edition)).load()
