"""Certificates: the learner's own HTML and PDF, and public verification by code."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from elearning.accounts.factories import UserFactory
from tests.modules.fixtures import pass_module
from tests.quizzes.test_completions import age_completion


@pytest.fixture
def completion(learner, quiz_module):
    return pass_module(learner, quiz_module)


def written(moment):
    """As a person writes it, with no leading zero: "2 December 2026"."""
    day = timezone.localtime(moment) if hasattr(moment, "hour") else moment
    return f"{day.day} {day:%B %Y}"


def test_the_certificate_page_shows_every_fact(client, learner, completion):
    client.force_login(learner)

    html = client.get(f"/certificates/{completion.certificate_code}/").content.decode()

    for fact in [
        "Lee Learner",
        "Hampshire Constabulary",
        "Coercive control",
        written(completion.completed_at),
        written(completion.valid_until),
        f"Published {written(completion.module_revised_at)}",
        "<dd>30</dd>",
        completion.certificate_code,
    ]:
        assert fact in html


def test_the_pdf_is_a_real_pdf_with_the_learners_name_in_its_text(client, learner, completion):
    client.force_login(learner)

    response = client.get(f"/certificates/{completion.certificate_code}/pdf/")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Lee Learner" in text
    assert completion.certificate_code in text


@pytest.mark.parametrize("suffix", ["", "pdf/"])
def test_another_learner_gets_a_404_for_my_certificate(client, agency, completion, suffix):
    client.force_login(UserFactory(email="other@example.org", agency=agency))

    assert client.get(f"/certificates/{completion.certificate_code}/{suffix}").status_code == 404


def test_a_visitor_is_sent_to_sign_in_for_a_certificate(client, completion):
    url = f"/certificates/{completion.certificate_code}/"

    response = client.get(url)

    assert (response.status_code, response.url) == (302, f"/accounts/sign-in/?next={url}")


def test_anyone_can_verify_a_current_certificate(client, completion):
    response = client.get(f"/verify/{completion.certificate_code}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "This is a genuine certificate." in html
    assert "It is current" in html
    assert "Lee Learner" in html


def test_verification_says_when_a_certificate_has_expired(client, completion):
    age_completion(completion, timezone.localdate() - timedelta(days=1))

    html = client.get(f"/verify/{completion.certificate_code}/").content.decode()

    assert "It is expired: it expired on" in html


def test_an_unknown_code_is_said_plainly(client, home_page):
    response = client.get("/verify/not-a-real-code/")

    assert response.status_code == 404
    assert "We have no certificate with the code" in response.content.decode()


def test_the_verify_form_takes_a_code(client, completion):
    response = client.get("/verify/", {"code": f"  {completion.certificate_code} "})

    assert response.url == f"/verify/{completion.certificate_code}/"
