"""Trainers build modules in the Wagtail admin; the page tree rules are explicit."""

from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import TRAINERS
from elearning.home.demo import load_site
from elearning.home.models import HomePage
from elearning.rich_text import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES
from modules.factories import (
    CaseStudyFactory,
    ModuleIndexPageFactory,
    ModulePageFactory,
    MythFactory,
    SupportServiceFactory,
)
from modules.models import LessonPage, ModuleIndexPage, ModulePage, MythLibraryPage, SupportService
from modules.permissions import grant_trainer_page_permissions
from tests.modules.fixtures import image_fixture

EMPTY_TEXT = "Write some text in this block, or remove it."
SOURCE = {"title": "Domestic Abuse Act 2021", "publisher": "legislation.gov.uk", "year": "2021", "url": ""}


def list_block(items):
    """Form data for a ListBlock, in the shape Wagtail's admin posts it."""
    data = {"count": len(items)}
    for index, value in enumerate(items):
        data[str(index)] = {"value": value, "deleted": "", "order": index, "id": ""}
    return data


def short_text(html):
    return rich_text(html, features=SHORT_RICH_TEXT_FEATURES)


class TestPageTree(WagtailPageTestCase):
    def test_the_catalogue_and_myth_buster_sit_under_the_home_page(self):
        self.assertAllowedParentPageTypes(ModuleIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(MythLibraryPage, {HomePage})

    def test_modules_sit_only_in_the_catalogue(self):
        self.assertAllowedParentPageTypes(ModulePage, {ModuleIndexPage})
        self.assertAllowedSubpageTypes(ModuleIndexPage, {ModulePage})

    def test_lessons_sit_only_in_modules_and_have_no_children(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_there_is_one_catalogue(self):
        home = load_site()
        self.assertTrue(ModuleIndexPage.can_create_at(home))
        ModuleIndexPageFactory(parent=home)
        self.assertFalse(ModuleIndexPage.can_create_at(home))


class TestBuildingAModuleThroughTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = load_site()
        cls.catalogue = ModuleIndexPageFactory(parent=cls.home)
        cls.myth = MythFactory(statement="Why doesn't she just leave?", fact="Leaving can be the most dangerous time.")
        cls.case_study = CaseStudyFactory(title="The Family Intervention Team pilot", summary="Specialists in teams.")
        cls.service = SupportServiceFactory(name="National Domestic Abuse Helpline")
        cls.image = image_fixture()

    def setUp(self):
        # WagtailTestUtils.login() calls authenticate() without a request, which the sign-in lock-out refuses.
        self.client.force_login(self.create_test_user())

    def every_block(self):
        source = {"title": SOURCE["title"], "publisher": SOURCE["publisher"], "year": "2021", "url": ""}
        return streamfield(
            [
                (
                    "text",
                    rich_text("<h2>The pattern</h2><p>Control builds over time.</p>", features=RICH_TEXT_FEATURES),
                ),
                (
                    "myth_fact",
                    {
                        "myth": self.myth.pk,
                        "statement": "",
                        "explanation": short_text(""),
                        "sources": list_block([]),
                    },
                ),
                (
                    "myth_fact",
                    {
                        "myth": "",
                        "statement": "Children are victims in their own right.",
                        "is_true": "on",
                        "explanation": short_text("<p>The 2021 Act says so.</p>"),
                        "sources": list_block([source]),
                    },
                ),
                ("case_study", {"case_study": self.case_study.pk, "prompt": "What made the difference?"}),
                (
                    "scenario",
                    {
                        "situation": short_text("<p>A mother mentions her phone is checked.</p>"),
                        "question": "What do you do next?",
                        "options": list_block(
                            [
                                {"text": "Ask more, alone", "feedback": "Safe and open.", "is_best": "on"},
                                {"text": "Ask in front of him", "feedback": "Risky for her."},
                            ]
                        ),
                    },
                ),
                ("key_points", {"heading": "Key points", "points": list_block(["Look for the pattern."])}),
                ("quote", {"quote": "I heard it all.", "attribution": "A child", "voice": "child", "source": SOURCE}),
                ("reflection", {"prompt": "Think of a family you know.", "hint": "Private to you."}),
                ("image", {"image": self.image.pk, "alt_text": "An empty kitchen", "caption": "Home should be safe."}),
                (
                    "support",
                    {"heading": "Support", "intro": "Help is there.", "services": list_block([self.service.pk])},
                ),
                ("sources", {"sources": list_block([source])}),
            ]
        )

    def test_a_module_with_every_block_type_is_built_published_and_rendered(self):
        self.assertCanCreate(
            self.catalogue,
            ModulePage,
            nested_form_data(
                {
                    "title": "Coercive control",
                    "slug": "coercive-control",
                    "summary": "Seeing the pattern.",
                    "overview": rich_text("<p>Why the pattern matters.</p>"),
                    "learning_outcomes": streamfield([("outcome", "Recognise coercive control.")]),
                    "duration_minutes": 30,
                    "refresher_months": 36,
                    "tags": "coercive control",
                    "content_warning": "This module discusses abuse.",
                }
            )
            | {"sectors": ["police", "health"], "support_services": [self.service.pk]},
        )
        module = ModulePage.objects.get(slug="coercive-control")
        self.assertEqual(module.sectors, ["police", "health"])
        self.assertCanCreate(
            module,
            LessonPage,
            nested_form_data(
                {"title": "Tactics", "slug": "tactics", "summary": "Everyday control.", "body": self.every_block()}
            ),
        )
        lesson = LessonPage.objects.get(slug="tactics")
        self.assertTrue(lesson.live)
        self.assertEqual(
            [block.block_type for block in lesson.body],
            [
                "text",
                "myth_fact",
                "myth_fact",
                "case_study",
                "scenario",
                "key_points",
                "quote",
                "reflection",
                "image",
                "support",
                "sources",
            ],
        )

        html = self.client.get(lesson.url).content.decode()

        for expected in [
            "The pattern</h2>",
            "Why doesn&#x27;t she just leave?",
            "Children are victims in their own right.",
            "Case study: The Family Intervention Team pilot",
            "What do you do next?",
            "Look for the pattern.",
            "I heard it all.",
            "Think of a family you know.",
            'alt="An empty kitchen"',
            "Home should be safe.",
            "National Domestic Abuse Helpline",
            "<cite>Domestic Abuse Act 2021</cite>",
        ]:
            self.assertIn(expected, html)

    def test_a_scenario_without_a_best_option_is_refused_on_publish(self):
        body = streamfield(
            [
                (
                    "scenario",
                    {
                        "situation": short_text("<p>A situation.</p>"),
                        "question": "What now?",
                        "options": list_block([{"text": "A", "feedback": "a"}, {"text": "B", "feedback": "b"}]),
                    },
                )
            ]
        )
        module = ModulePageFactory(parent=self.catalogue)

        self.assertCanNotCreate(module, LessonPage, nested_form_data({"title": "L", "slug": "l", "body": body}))

    def test_an_empty_text_block_is_refused_with_the_same_error_on_saving_a_draft_and_on_publishing(self):
        module = ModulePageFactory(parent=self.catalogue)
        body = streamfield([("text", rich_text("", features=RICH_TEXT_FEATURES))])
        url = f"/admin/pages/add/modules/lessonpage/{module.pk}/"

        saved = self.client.post(url, nested_form_data({"title": "Draft", "slug": "draft", "body": body}))
        published = self.client.post(
            url, {**nested_form_data({"title": "Live", "slug": "live", "body": body}), "action-publish": "publish"}
        )

        self.assertFalse(LessonPage.objects.filter(slug__in=["draft", "live"]).exists())
        self.assertContains(saved, EMPTY_TEXT)
        self.assertContains(published, EMPTY_TEXT)

    def test_a_scenario_without_a_best_option_is_refused_on_saving_a_draft_too(self):
        module = ModulePageFactory(parent=self.catalogue)
        body = streamfield(
            [
                (
                    "scenario",
                    {
                        "situation": short_text("<p>A situation.</p>"),
                        "question": "What now?",
                        "options": list_block([{"text": "A", "feedback": "a"}, {"text": "B", "feedback": "b"}]),
                    },
                )
            ]
        )
        url = f"/admin/pages/add/modules/lessonpage/{module.pk}/"

        self.client.post(url, nested_form_data({"title": "Draft", "slug": "draft", "body": body}))

        self.assertFalse(LessonPage.objects.filter(slug="draft").exists())

    def assertCanNotCreate(self, parent, model, data):
        url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
        response = self.client.post(url, {**data, "action-publish": "publish"})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(model.objects.filter(slug=data["slug"]).exists())

    def test_every_lesson_block_has_an_admin_preview(self):
        stream_block = LessonPage._meta.get_field("body").stream_block
        expected = {
            "text": "Seeing the pattern",
            "myth_fact": "It is only abuse if it is physical.",
            "case_study": "Case study: The Family Intervention Team pilot",
            "scenario": "What do you do next?",
            "key_points": "Look for the pattern.",
            "quote": "Words from a published account.",
            "reflection": "Think of a family you have worked with.",
            "image": 'alt="Example image"',
            "support": "National Domestic Abuse Helpline",
            "sources": "<cite>Domestic Abuse Act 2021</cite>",
        }
        self.assertEqual(set(stream_block.child_blocks), set(expected))
        for name, text in expected.items():
            block = stream_block.child_blocks[name]
            self.assertTrue(block.is_previewable, name)
            response = self.client.get("/admin/block-preview/", {"id": block.definition_prefix})
            self.assertEqual(response.status_code, 200, name)
            self.assertIn(text, response.content.decode(), name)
            self.assertTrue(block.meta.icon and block.meta.template, name)


class TestTrainers(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = load_site()
        cls.catalogue = ModuleIndexPageFactory(parent=cls.home)
        grant_trainer_page_permissions(cls.catalogue)
        cls.trainer = UserFactory(email="trainer@example.org", roles=[TRAINERS])

    def setUp(self):
        self.client.force_login(self.trainer)

    def test_a_trainer_creates_and_publishes_a_module(self):
        data = nested_form_data(
            {
                "title": "Think family",
                "slug": "think-family",
                "summary": "Children of adult service users.",
                "overview": rich_text("<p>Overview.</p>"),
                "learning_outcomes": streamfield([("outcome", "Ask who lives at home.")]),
                "duration_minutes": 25,
                "refresher_months": 36,
                "content_warning": "Discusses abuse.",
                "action-publish": "publish",
            }
        ) | {"sectors": ["health"]}

        response = self.client.post(f"/admin/pages/add/modules/modulepage/{self.catalogue.pk}/", data)

        self.assertRedirects(response, f"/admin/pages/{self.catalogue.pk}/", fetch_redirect_response=False)
        self.assertTrue(ModulePage.objects.get(slug="think-family").live)

    def test_a_trainer_submits_a_lesson_for_moderation(self):
        module = ModulePageFactory(parent=self.catalogue)
        workflow = Workflow.objects.get(name="Moderators approval")
        data = nested_form_data(
            {
                "title": "Draft lesson",
                "slug": "draft-lesson",
                "body": streamfield([("text", rich_text("<p>Text</p>", features=RICH_TEXT_FEATURES))]),
                "action-submit": "submit",
            }
        )

        self.client.post(f"/admin/pages/add/modules/lessonpage/{module.pk}/", data)

        lesson = LessonPage.objects.get(slug="draft-lesson")
        self.assertFalse(lesson.live)
        self.assertEqual(lesson.current_workflow_state.workflow, workflow)

    def test_a_trainer_previews_and_edits_a_lesson(self):
        module = ModulePageFactory(parent=self.catalogue)
        lesson = LessonPage(title="Draft", slug="draft", body=[("text", "<p>Draft text</p>")])
        module.add_child(instance=lesson)

        data = nested_form_data(
            {
                "title": "Draft",
                "slug": "draft",
                "body": streamfield([("text", rich_text("<p>Draft text</p>", features=RICH_TEXT_FEATURES))]),
            }
        )

        self.assertPageIsPreviewable(lesson, post_data=data, user=self.trainer)
        self.assertPageIsEditable(lesson, post_data=data, user=self.trainer)

    def test_a_trainer_cannot_edit_pages_outside_the_catalogue(self):
        response = self.client.post(f"/admin/pages/{self.home.pk}/edit/", {"title": "Taken over", "slug": "home"})

        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.home.refresh_from_db()
        self.assertNotEqual(self.home.title, "Taken over")

    def test_a_trainer_edits_the_library(self):
        response = self.client.post(
            "/admin/snippets/modules/supportservice/add/",
            {
                "name": "Childline",
                "slug": "childline",
                "phone": "0800 1111",
                "who_for": "Children and young people",
                "display_order": 5,
            },
        )

        service = SupportService.objects.get(slug="childline")
        edit_url = f"/admin/snippets/modules/supportservice/edit/{service.pk}/"
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        self.assertEqual(service.name, "Childline")
        self.assertFalse(service.live)  # a draft, until it is approved through the moderation workflow
        self.assertTrue(Group.objects.get(name=TRAINERS).permissions.filter(codename="add_myth").exists())

    def test_the_support_service_form_warns_to_check_numbers(self):
        html = self.client.get("/admin/snippets/modules/supportservice/add/").content.decode()

        self.assertIn("Check the number and opening hours", html)

    def test_the_welcome_page_is_gone(self):
        self.assertFalse(Page.objects.filter(slug="home").exclude(pk=self.home.pk).exists())
