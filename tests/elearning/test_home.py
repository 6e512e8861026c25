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


@pytest.mark.parametrize(
    "fragment",
    [
        '<a class="skip-link" href="#main-content">',
        '<main id="main-content"',
        '<nav class="site-nav" aria-label="Main">',
        'href="/getting-support/"',
        'href="/privacy-notice/"',
        'href="/accessibility-statement/"',
        '<html lang="en-GB">',
    ],
)
def test_every_page_has_the_accessible_frame(client, home_page, fragment):
    assert fragment in client.get("/privacy-notice/").content.decode()


def test_an_unknown_address_gets_a_helpful_404(client, home_page):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_the_home_page_renders_in_a_handful_of_queries(client, home_page, django_assert_max_num_queries):
    client.get("/")  # warms the site-root and footer caches, as any earlier visitor would

    with django_assert_max_num_queries(4):
        client.get("/")
