"""A new edition of the curriculum reaches an existing database without undoing any editor's work."""

import copy
import io

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page, Revision

from elearning.accounts.models import User
from modules.demo.content import read_curriculum
from modules.demo.loader import load_curriculum
from modules.demo.records import FIRST_EDITION, first_edition
from modules.models import CaseStudy, LessonPage, LoadedContent, ModulePage, Myth, SupportService
from quizzes.models import QuizPage


def load_everything():
    call_command("load_demo_content", stdout=io.StringIO())


def lesson_page(module_slug, lesson_slug):
    return LessonPage.objects.get(slug=lesson_slug, url_path__contains=f"/{module_slug}/")


def quiz_page(module_slug):
    return QuizPage.objects.get(url_path__contains=f"/{module_slug}/")


def fingerprints(row):
    """A loader row in the form of `first-edition.yaml`."""
    return {"data": row.data_fingerprint, **({"state": row.state_fingerprint} if row.state_fingerprint else {})}


class NewEdition:
    """The current curriculum with a handful of changes, standing in for the next edition."""

    def __init__(self):
        self.curriculum = copy.deepcopy(read_curriculum())
        self.module = self.curriculum.modules[0]
        self.first_lesson, self.second_lesson = self.module["lessons"][:2]

    def change(self):
        self.curriculum.myths[0]["fact"] = "New edition fact."
        self.curriculum.myths[1]["fact"] = "Another new edition fact."
        self.curriculum.case_studies[0]["summary"] = "New edition summary."
        self.curriculum.support_services[1]["opening_hours"] = "New edition hours"
        self.module["summary"] = "New edition module summary."
        self.first_lesson["summary"] = "New edition lesson summary."
        self.second_lesson["summary"] = "New edition second lesson summary."
        self.module["quiz"]["questions"][0]["text"] = "New edition question?"
        return self.curriculum


class TestLoaderRecords(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_everything()

    def test_the_first_run_records_every_page_and_snippet_it_wrote(self):
        pages = Page.objects.type(ModulePage, LessonPage, QuizPage).count() + 2  # and the catalogue, the myth-buster
        snippets = Myth.objects.count() + CaseStudy.objects.count() + SupportService.objects.count()

        self.assertEqual(LoadedContent.objects.count(), pages + snippets)

    def test_each_page_record_holds_the_revision_that_is_live(self):
        for record in LoadedContent.objects.exclude(revision=None):
            with self.subTest(record.key):
                self.assertEqual(record.target().live_revision_id, record.revision_id)

    def test_a_second_run_writes_no_revision_and_no_row(self):
        revisions = Revision.objects.count()
        rows = list(LoadedContent.objects.order_by("key").values_list("key", "data_fingerprint", "written_at"))

        load_everything()

        after = LoadedContent.objects.order_by("key").values_list("key", "data_fingerprint", "written_at")
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(list(after), rows)


class TestNewEdition(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_everything()
        cls.trainer = User.objects.get(email="trainer@example.org")

    def setUp(self):
        self.edition = NewEdition()
        self.module_slug = self.edition.module["slug"]

    def second_myth(self):
        return Myth.objects.get(slug=self.edition.curriculum.myths[1]["key"])

    def test_what_no_editor_changed_gets_the_new_edition(self):
        load_curriculum(self.edition.change())

        self.assertEqual(Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"]).fact, "New edition fact.")
        self.assertEqual(
            CaseStudy.objects.get(slug=self.edition.curriculum.case_studies[0]["key"]).summary, "New edition summary."
        )
        service = SupportService.objects.get(slug=self.edition.curriculum.support_services[1]["key"])
        self.assertEqual(service.opening_hours, "New edition hours")
        self.assertEqual(ModulePage.objects.get(slug=self.module_slug).summary, "New edition module summary.")
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertEqual(lesson.summary, "New edition lesson summary.")
        self.assertEqual(quiz_page(self.module_slug).questions[0].value["text"], "New edition question?")

    def test_updated_pages_stay_live_with_the_new_revision_published(self):
        load_curriculum(self.edition.change())

        for page in (ModulePage.objects.get(slug=self.module_slug), quiz_page(self.module_slug)):
            with self.subTest(page.slug):
                self.assertTrue(page.live)
                self.assertFalse(page.has_unpublished_changes)
                self.assertEqual(page.revisions.count(), 2)
                self.assertEqual(page.live_revision_id, page.latest_revision_id)

    def test_a_page_an_editor_published_is_left_exactly_as_they_left_it(self):
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        lesson.summary = "Edited by a trainer"
        revision = lesson.save_revision(user=self.trainer)
        revision.publish(user=self.trainer)

        load_curriculum(self.edition.change())

        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertEqual(lesson.summary, "Edited by a trainer")
        self.assertEqual(lesson.latest_revision_id, revision.pk)
        self.assertEqual(lesson.live_revision_id, revision.pk)

    def test_a_page_with_an_editors_unpublished_draft_is_left_alone(self):
        lesson = lesson_page(self.module_slug, self.edition.second_lesson["slug"])
        live_summary = lesson.summary
        lesson.summary = "A trainer's draft"
        draft = lesson.save_revision(user=self.trainer)

        load_curriculum(self.edition.change())

        lesson = lesson_page(self.module_slug, self.edition.second_lesson["slug"])
        self.assertEqual(lesson.summary, live_summary)
        self.assertEqual(lesson.latest_revision_id, draft.pk)
        self.assertEqual(lesson.get_latest_revision_as_object().summary, "A trainer's draft")

    def test_a_page_an_editor_unpublished_stays_unpublished(self):
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        lesson.unpublish(user=self.trainer)

        load_curriculum(self.edition.change())

        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertFalse(lesson.live)
        self.assertNotEqual(lesson.summary, "New edition lesson summary.")

    def test_a_snippet_an_editor_changed_is_left_as_they_left_it(self):
        myth = Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"])
        myth.fact = "Edited by a trainer"
        myth.save()

        load_curriculum(self.edition.change())

        self.assertEqual(Myth.objects.get(pk=myth.pk).fact, "Edited by a trainer")
        self.assertEqual(self.second_myth().fact, "Another new edition fact.")

    def test_a_snippet_with_an_editors_draft_is_not_published_over(self):
        myth = Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"])
        live_fact = myth.fact
        myth.fact = "A trainer's draft, waiting for review"
        draft = myth.save_revision(user=self.trainer)

        load_curriculum(self.edition.change())

        myth.refresh_from_db()
        self.assertEqual(myth.fact, live_fact)
        self.assertTrue(myth.has_unpublished_changes)
        self.assertEqual(myth.latest_revision_id, draft.pk)
        self.assertEqual(self.second_myth().fact, "Another new edition fact.")

    def test_a_snippet_an_editor_unpublished_stays_unpublished(self):
        myth = Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"])
        myth.unpublish()

        load_curriculum(self.edition.change())

        myth.refresh_from_db()
        self.assertFalse(myth.live)
        self.assertNotEqual(myth.fact, "New edition fact.")

    def test_what_an_editor_deleted_is_not_made_again(self):
        myth_slug = self.edition.curriculum.myths[1]["key"]
        Myth.objects.get(slug=myth_slug).delete()
        lesson_page(self.module_slug, self.edition.second_lesson["slug"]).delete()
        for lesson in self.edition.curriculum.modules[0]["lessons"]:  # no lesson may still use the deleted myth
            lesson["body"] = [block for block in lesson["body"] if block != ("myth_fact", {"myth": myth_slug})]
        for question in self.edition.module["quiz"]["questions"]:
            question["myth"] = None if question["myth"] == myth_slug else question["myth"]

        load_curriculum(self.edition.change())

        self.assertFalse(Myth.objects.filter(slug=myth_slug).exists())
        self.assertFalse(LessonPage.objects.filter(slug=self.edition.second_lesson["slug"]).exists())

    def test_a_new_lesson_is_placed_after_the_lesson_before_it(self):
        new_lesson = copy.deepcopy(self.edition.first_lesson)
        new_lesson.update(slug="a-new-lesson", title="A new lesson")
        self.edition.module["lessons"].insert(1, new_lesson)

        load_curriculum(self.edition.curriculum)

        module = ModulePage.objects.get(slug=self.module_slug)
        children = [page.slug for page in module.get_children().order_by("path")]
        self.assertEqual(children, [lesson["slug"] for lesson in self.edition.module["lessons"]] + ["quiz"])
        self.assertTrue(LessonPage.objects.get(slug="a-new-lesson").live)


class TestDatabaseFromBeforeTheRecords(TestCase):
    """A database loaded by the first edition's loader, which kept no records."""

    @classmethod
    def setUpTestData(cls):
        load_everything()
        cls.trainer = User.objects.get(email="trainer@example.org")
        cls.older_edition = {row.key: fingerprints(row) for row in LoadedContent.objects.all()}
        LoadedContent.objects.all().delete()

    def setUp(self):
        self.edition = NewEdition()
        self.module_slug = self.edition.module["slug"]

    def second_myth(self):
        return Myth.objects.get(slug=self.edition.curriculum.myths[1]["key"])

    def test_pages_and_snippets_nobody_touched_get_the_new_edition(self):
        load_curriculum(self.edition.change(), first_edition=self.older_edition)

        self.assertEqual(Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"]).fact, "New edition fact.")
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertEqual(lesson.summary, "New edition lesson summary.")
        self.assertTrue(lesson.live)
        self.assertEqual(lesson.live_revision_id, lesson.latest_revision_id)

    def test_pages_and_snippets_an_editor_changed_are_left_alone(self):
        myth = Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"])
        myth.fact = "Edited by a trainer"
        myth.save()
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        lesson.summary = "Edited by a trainer"
        lesson.save_revision(user=self.trainer).publish(user=self.trainer)

        load_curriculum(self.edition.change(), first_edition=self.older_edition)

        self.assertEqual(Myth.objects.get(pk=myth.pk).fact, "Edited by a trainer")
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertEqual(lesson.summary, "Edited by a trainer")
        self.assertEqual(self.second_myth().fact, "Another new edition fact.")

    def test_what_an_editor_deleted_before_the_upgrade_is_not_made_again(self):
        myth_slug = self.edition.curriculum.myths[1]["key"]
        Myth.objects.get(slug=myth_slug).delete()
        lesson_page(self.module_slug, self.edition.second_lesson["slug"]).delete()
        for lesson in self.edition.module["lessons"]:
            lesson["body"] = [block for block in lesson["body"] if block != ("myth_fact", {"myth": myth_slug})]
        for question in self.edition.module["quiz"]["questions"]:
            question["myth"] = None if question["myth"] == myth_slug else question["myth"]

        load_curriculum(self.edition.change(), first_edition=self.older_edition)

        self.assertFalse(Myth.objects.filter(slug=myth_slug).exists())
        self.assertFalse(LessonPage.objects.filter(slug=self.edition.second_lesson["slug"]).exists())

    def test_pages_whose_data_has_not_changed_get_no_new_revision(self):
        revisions = Revision.objects.count()

        load_curriculum(self.edition.curriculum, first_edition=self.older_edition)

        self.assertEqual(Revision.objects.count(), revisions)

    def test_objects_the_first_edition_did_not_make_are_left_alone(self):
        load_curriculum(self.edition.change(), first_edition={})

        self.assertNotEqual(Myth.objects.get(slug=self.edition.curriculum.myths[0]["key"]).fact, "New edition fact.")
        lesson = lesson_page(self.module_slug, self.edition.first_lesson["slug"])
        self.assertNotEqual(lesson.summary, "New edition lesson summary.")


class TestFirstEditionFingerprints(TestCase):
    def test_every_page_and_snippet_of_the_first_edition_is_still_in_the_curriculum(self):
        """The loader never deletes, so an item dropped from the files would linger unmaintained on old sites."""
        load_everything()

        first = set(first_edition(FIRST_EDITION))
        self.assertEqual(len(first), 56)
        self.assertEqual(first - set(LoadedContent.objects.values_list("key", flat=True)), set())
