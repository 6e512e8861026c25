"""The demo-content command that `make run` calls: idempotent, complete and served."""

import io

from django.apps import apps
from django.core.management import call_command
from django.http import HttpRequest
from django.test import TestCase
from wagtail.models import Page, Site

from elearning.accounts.demo import ACCOUNTS
from elearning.accounts.factories import DEFAULT_PASSWORD
from elearning.home.models import HomePage
from modules.models import LessonPage, ModulePage

COUNTED = [
    "accounts.User",
    "accounts.Agency",
    "auth.Group",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.GroupPagePermission",
    "home.ImportantPages",
    "modules.Myth",
    "modules.CaseStudy",
    "modules.SupportService",
    "modules.LoadedContent",
    "taggit.Tag",
]


def counts():
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def load():
    call_command("load_demo_content", stdout=io.StringIO())


class TestDemoContent(TestCase):
    """Signing in here goes through the sign-in lock-out (axes), which needs the request it counts."""

    @classmethod
    def setUpTestData(cls):
        load()
        cls.first_counts = counts()

    def test_running_the_command_again_changes_nothing(self):
        load()

        self.assertEqual(counts(), self.first_counts)

    def test_the_home_page_is_the_root_of_the_default_site(self):
        self.assertIsInstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)

    def test_every_created_page_is_served(self):
        self.client.login(request=HttpRequest(), username="learner@example.org", password=DEFAULT_PASSWORD)
        pages = Page.objects.live().filter(depth__gt=1)

        self.assertGreater(pages.count(), 20)
        for page in pages:
            with self.subTest(page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_each_demo_account_signs_in_with_the_documented_password(self):
        for email, *_ in ACCOUNTS:
            with self.subTest(email):
                self.assertTrue(self.client.login(request=HttpRequest(), username=email, password=DEFAULT_PASSWORD))

    def test_the_demo_administrator_reaches_the_admin(self):
        self.client.login(request=HttpRequest(), username="admin@example.org", password=DEFAULT_PASSWORD)

        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_the_four_modules_are_loaded_with_their_lessons(self):
        modules = ModulePage.objects.live()

        self.assertEqual(modules.count(), 4)
        for module in modules:
            self.assertGreaterEqual(LessonPage.objects.live().child_of(module).count(), 3)

    def test_an_edited_page_is_not_overwritten(self):
        module = ModulePage.objects.first()
        module.summary = "Edited by a trainer"
        module.save_revision().publish()

        load()

        module.refresh_from_db()
        self.assertEqual(module.summary, "Edited by a trainer")
