"""The launch curriculum has every part the partnership asked for, in every module."""

import re

from django.core.management import call_command
from django.test import TestCase
from django.utils.html import strip_tags

from modules.models import CaseStudy, LessonPage, ModulePage, Myth, SupportService
from quizzes.models import QuizPage
from tests.modules.curriculum_checks import acronyms_not_spelled_out

UNVERIFIED = [  # FACTS.md section 8: never stated as fact
    "35 times",
    "leading cause of foetal death",
    "300%",
    "clusters of three",
    "seven times more likely",
    "Recommendation 6",
]


def block_counts(lessons):
    counts = {}
    for lesson in lessons:
        for block in lesson.body:
            counts[block.block_type] = counts.get(block.block_type, 0) + 1
    return counts


CITATIONS = re.compile(r'<ul class="source-list">.*?</ul>', re.DOTALL)


def visible_text(block):
    """A block's text as the page shows it, without citation lists (titles and publishers' official names)."""
    return strip_tags(CITATIONS.sub("", block.render()))


def module_text(module, lessons, quiz):
    """Everything a learner reads in a module after its title, in reading order, as plain text."""
    parts = [module.summary, strip_tags(module.overview), module.content_warning]  # the title is a name, not prose
    parts += [outcome.value for outcome in module.learning_outcomes]
    for lesson in lessons:
        parts += [lesson.title, lesson.summary]
        for block in lesson.body:
            parts.append(visible_text(block))
    for question in quiz.snapshot():
        parts += [question["text"], strip_tags(question["explanation"])]
        parts += [choice["text"] + " " + choice["feedback"] for choice in question["choices"]]
    return "\n".join(parts)


class TestCurriculum(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
        cls.modules = list(ModulePage.objects.live().order_by("path"))

    def lessons(self, module):
        return list(LessonPage.objects.live().child_of(module).order_by("path"))

    def quiz(self, module):
        return QuizPage.objects.live().child_of(module).get()

    def test_there_are_four_modules(self):
        self.assertEqual(
            [module.slug for module in self.modules],
            ["coercive-control", "think-family", "routine-enquiry-in-pregnancy", "dash-risk-assessment"],
        )

    def test_each_module_has_its_overview_parts(self):
        for module in self.modules:
            with self.subTest(module.slug):
                self.assertTrue(20 <= module.duration_minutes <= 45)
                self.assertTrue(3 <= len(self.lessons(module)) <= 5)
                self.assertGreaterEqual(len(module.learning_outcomes), 3)
                self.assertTrue(module.sectors)
                self.assertEqual(module.refresher_months, 36)
                self.assertTrue(module.content_warning.strip())
                self.assertTrue(module.support_services.exists())

    def test_each_module_has_the_required_blocks(self):
        for module in self.modules:
            with self.subTest(module.slug):
                counts = block_counts(self.lessons(module))
                self.assertGreaterEqual(counts.get("myth_fact", 0), 3)
                self.assertGreaterEqual(counts.get("scenario", 0), 1)
                self.assertGreaterEqual(counts.get("reflection", 0), 1)
                self.assertGreaterEqual(counts.get("support", 0), 1)
                self.assertGreaterEqual(counts.get("sources", 0), 1)
                self.assertGreaterEqual(counts.get("case_study", 0), 1)

    def test_every_sources_block_lists_at_least_one_source(self):
        for module in self.modules:
            for lesson in self.lessons(module):
                for block in lesson.body:
                    if block.block_type == "sources":
                        with self.subTest(lesson.url):
                            self.assertGreaterEqual(len(block.value["sources"]), 1)

    def test_every_lesson_ends_with_its_sources(self):
        for module in self.modules:
            for lesson in self.lessons(module):
                with self.subTest(lesson.url):
                    self.assertEqual(list(lesson.body)[-1].block_type, "sources")

    def test_each_quiz_has_8_to_12_questions_and_an_80_percent_pass_mark(self):
        for module in self.modules:
            quiz = self.quiz(module)
            with self.subTest(module.slug):
                self.assertTrue(8 <= len(quiz.questions) <= 12)
                self.assertEqual(quiz.pass_mark, 80)
                kinds = {question["kind"] for question in quiz.snapshot()}
                self.assertEqual(kinds, {"single", "multiple", "myth_fact"})

    def test_every_question_has_feedback_on_every_choice_and_the_right_number_correct(self):
        for module in self.modules:
            for question in self.quiz(module).snapshot():
                with self.subTest(question["text"][:60]):
                    correct = [choice for choice in question["choices"] if choice["correct"]]
                    self.assertTrue(all(choice["feedback"].strip() for choice in question["choices"]))
                    self.assertTrue(strip_tags(question["explanation"]).strip())
                    if question["kind"] == "single":
                        self.assertEqual(len(correct), 1)
                    elif question["kind"] == "multiple":
                        self.assertGreaterEqual(len(correct), 1)
                    else:
                        self.assertEqual([choice["text"] for choice in question["choices"]], ["Myth", "Fact"])
                        self.assertEqual(len(correct), 1)

    def test_acronyms_are_spelled_out_at_first_use_on_each_modules_pages(self):
        """Every acronym on the rendered pages (DASH, DARA, NPCC and any new one), not only a fixed list."""
        for module in self.modules:
            text = module_text(module, self.lessons(module), self.quiz(module))
            with self.subTest(module=module.slug):
                self.assertEqual(acronyms_not_spelled_out(text), [])

    def test_nothing_unverified_is_stated(self):
        for module in self.modules:
            text = module_text(module, self.lessons(module), self.quiz(module))
            for phrase in UNVERIFIED:
                with self.subTest(module=module.slug, phrase=phrase):
                    self.assertNotIn(phrase, text)

    def test_the_library_is_complete(self):
        self.assertGreaterEqual(Myth.objects.count(), 14)
        self.assertGreaterEqual(CaseStudy.objects.count(), 5)
        self.assertTrue(CaseStudy.objects.filter(slug__in=["fit-pilot", "dash-constant"]).count() == 2)
        self.assertGreaterEqual(SupportService.objects.count(), 10)
        for myth in Myth.objects.all():
            with self.subTest(myth.slug):
                self.assertTrue(myth.fact.strip())
                self.assertTrue(strip_tags(myth.explanation).strip())
                self.assertGreaterEqual(len(myth.source_values), 1)

    def test_every_case_study_is_used_by_a_module_or_the_library_pages(self):
        used = set()
        for module in self.modules:
            for lesson in self.lessons(module):
                used |= {block.value["case_study"].slug for block in lesson.body if block.block_type == "case_study"}
        self.assertIn("fit-pilot", used)
        self.assertIn("dash-constant", used)
