"""The site root, information pages and the base template."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from elearning.home.models import HomePage, InformationPage


class TestPageTree(WagtailPageTestCase):
    def test_the_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_information_pages_sit_under_the_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(InformationPage, {HomePage, InformationPage})
        self.assertAllowedSubpageTypes(InformationPage, {InformationPage})


def test_the_home_page_offers_registration_and_sign_in_to_visitors(client, home_page):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/accounts/register/"' in html
    assert 'href="/accounts/sign-in/"' in html


def test_the_home_page_offers_the_account_to_a_signed_in_learner(client, home_page, learner):
    client.force_login(learner)

    html = client.get("/").content.decode()

    assert 'href="/accounts/register/"' not in html
    assert "Sign out" in html


FRAME = [
    '<html lang="en-GB">',
    '<a class="skip-link" href="#main-content">',
    '<nav class="site-nav" aria-label="Main">',
    '<main id="main-content"',
    '<nav aria-label="Footer">',
    'href="/getting-support/"',
    'href="/privacy-notice/"',
    'href="/accessibility-statement/"',
    '<a href="/verify/">Check a certificate</a>',
]


@pytest.fixture
def every_page(catalogue, myth_buster, quiz_module):
    """Every kind of page a visitor or a learner sees, by who may open it."""
    lesson = quiz_module.get_children().first()
    quiz = quiz_module.get_children().last()
    visitor = ["/", "/privacy-notice/", "/accounts/register/", "/accounts/sign-in/", "/accounts/password-reset/"]
    anyone = [catalogue.url, quiz_module.url, myth_buster.url, "/search/?q=control", "/verify/", "/no-such-page/"]
    learner = [lesson.url, quiz.url, "/my-learning/", "/accounts/"]
    return {"visitor": visitor + anyone, "learner": anyone + learner}


def test_every_page_has_the_accessible_frame(client, learner, every_page):
    missing = []
    for who, urls in every_page.items():
        if who == "learner":
            client.force_login(learner)
        for url in urls:
            response = client.get(url)
            if response.status_code != (404 if url == "/no-such-page/" else 200):
                missing.append(f"{who} {url}: status {response.status_code}")
            html = response.content.decode()
            missing += [f"{who} {url}: {fragment}" for fragment in FRAME if fragment not in html]

    assert missing == []


def test_an_unknown_address_gets_a_helpful_404(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_home_page_renders_in_a_handful_of_queries(client, home_page, django_assert_max_num_queries):
    client.get("/")  # warms the site-root and footer caches, as any earlier visitor would

    with django_assert_max_num_queries(4):
        client.get("/")
