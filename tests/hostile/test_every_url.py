"""No input reaches a server error: arbitrary text to every URL of the project's own apps, as every role.

For each URL (`tests/hostile/urls.py` finds them), Hypothesis draws a role, a method, each path
argument (a value naming a real object, or hostile text) and values for the form fields and query
parameters, and the response must not be a 5xx. Derandomised, so every run tries the same inputs; a
failure names the URL, the role and the input.
"""

import copy

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.fields import StreamField

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from modules.models import CaseStudy, Completion, Myth, SupportService
from quizzes.models import Attempt, QuizPage
from tests.modules.fixtures import pass_module

from .urls import every_target

HOSTILE = [
    "",
    '"',
    'a"b',
    "\x00",
    "a\x00b",
    "a/b",
    "../../etc/passwd",
    "²",
    "\u0661",
    "1.5",
    "-1",
    "9" * 30,
    "\u202eevil",
    "\u200f\u061c\u2066",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "\U0010fffd",
    "\ufeff",
    "x" * 5000,
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
)
ROLES = ["anonymous", "learner", "agency_manager", "partnership_manager", "trainer", "superuser"]


@pytest.fixture
def people(learner, trainer, agency_manager, superuser, agency):
    partnership_manager = UserFactory(email="partnership@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS])
    return {
        "anonymous": None,
        "learner": learner,
        "agency_manager": agency_manager,
        "partnership_manager": partnership_manager,
        "trainer": trainer,
        "superuser": superuser,
    }


@pytest.fixture
def site_with_records(people, quiz_module, full_lesson, myth_buster, library):
    completion = pass_module(people["learner"], quiz_module)
    Attempt.objects.open_for(people["learner"], quiz_module.get_children().type(QuizPage).get().specific)
    return {"code": completion.certificate_code, "token": str(completion.attempt.token)}


# Every URL is first sent each of these in every argument and field, by GET and by POST, as the role
# most likely to reach the code behind it; then Hypothesis draws RANDOM_EXAMPLES_PER_URL more.
SWEEP = ["\u00b2", 'a/b"\x00', "1.5"]
RANDOM_EXAMPLES_PER_URL = 2


def signed_in_clients(people):
    clients = {}
    for role, user in people.items():
        clients[role] = Client()
        if user is not None:
            clients[role].force_login(user)
    return clients


def likeliest_role(target):
    return "superuser" if target.template.startswith("/admin/") else "learner"


def swept(target, value, method):
    arguments = dict.fromkeys(target.samples, value)
    return (likeliest_role(target), method, arguments, dict.fromkeys(target.fields, value))


def drawn_requests(target):
    arguments = st.fixed_dictionaries(
        {marker: st.one_of(st.just(sample), TEXT) for marker, sample in target.samples.items()}
    )
    fields = st.dictionaries(st.sampled_from(target.fields), TEXT, max_size=len(target.fields))
    return st.tuples(st.sampled_from(ROLES), st.sampled_from(["GET", "POST"]), arguments, fields)


# Not fixed, inside Wagtail: a StreamField's form reads the `-count` field Wagtail's own JavaScript posts
# and fails with a KeyError without it. Each library snippet's StreamFields get one, so the rest of
# each form is still tried.
STREAM_FIELD_COUNTS = {
    f"{field.name}-count": "0"
    for model in (CaseStudy, Myth, SupportService)
    for field in model._meta.get_fields()
    if isinstance(field, StreamField)
}


def send(clients, target, request):
    role, method, arguments, fields = request
    if method == "POST" and target.template.startswith("/admin/snippets/"):
        fields = {**STREAM_FIELD_COUNTS, **fields}
    url = target.url(arguments)
    client = clients[role]
    cookies = copy.deepcopy(client.cookies)  # a sign-out or password change must not sign later requests out
    with transaction.atomic():
        try:
            response = (client.post if method == "POST" else client.get)(url, fields)
        except Exception as error:
            raise AssertionError(f"{method} {url!r} as {role} with {fields!r} raised {error!r}") from error
        finally:
            transaction.set_rollback(True)
            client.cookies = cookies
    assert response.status_code < 500, f"{method} {url!r} as {role} with {fields!r}: {response.status_code}"


def property_for(target, clients):
    @settings(
        max_examples=RANDOM_EXAMPLES_PER_URL,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(request=drawn_requests(target))
    def no_server_error(request):
        send(clients, target, request)

    for value in SWEEP:
        for method in ("GET", "POST"):
            no_server_error = example(request=swept(target, value, method))(no_server_error)
    return no_server_error


def test_no_input_to_any_url_gets_a_server_error(people, site_with_records):
    clients = signed_in_clients(people)
    targets = every_target(clients["superuser"], site_with_records)
    assert len(targets) > 40, [target.name for target in targets]

    for target in targets:
        property_for(target, clients)()
    assert Completion.objects.filter(certificate_code=site_with_records["code"]).exists()
