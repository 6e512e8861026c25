"""Who may open each report, export, training-record, single sign-on, onboarding and data-protection URL,
including guessed ids."""

import pytest

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import LEARNERS, PARTNERSHIP_MANAGERS, TRAINERS

REPORTS = [
    "compliance",
    "training-records",
    "training-status",
    "agency-summary",
    "insights",
    "question-statistics",
    "myth-effect",
]
NAMED = ["compliance", "training-records", "training-status", "agency-summary"]
# Partnership-wide statistics on the content: agency managers have the agency-scoped insights instead.
CONTENT_STATISTICS = ["question-statistics", "myth-effect"]

ROLES = ["anonymous", "learner", "trainer", "agency manager", "partnership manager", "administrator"]
MANAGERS = {"agency manager", "partnership manager", "administrator"}
SEES_ALL = {"partnership manager", "administrator"}


def urls():
    """(url template, role -> expected status)."""
    cases = []
    for report in REPORTS:
        allowed = MANAGERS | ({"trainer"} if report == "insights" else set())
        if report in CONTENT_STATISTICS:
            allowed = SEES_ALL | {"trainer"}
        for suffix in ["", "?export=csv", "?export=xlsx"]:
            cases.append((f"/admin/reports/{report}/{suffix}", allowed, set()))
    for listing in ["learners", "completions", "attempts"]:
        singular = {"learners": "learner", "completions": "completion", "attempts": "attempt"}[listing]
        cases.append((f"/admin/{listing}/", MANAGERS, set()))
        # Object views look the record up in the viewer's scope first: out of scope is "not found".
        cases.append((f"/admin/{listing}/inspect/{{own_{singular}}}/", MANAGERS, {"trainer"}))
        cases.append((f"/admin/{listing}/inspect/{{other_{singular}}}/", SEES_ALL, {"agency manager", "trainer"}))
        for action in ["edit", "delete", "copy", "history"]:
            cases.append((f"/admin/{listing}/{action}/{{own_{singular}}}/", set(), MANAGERS | {"trainer"}))
        cases.append((f"/admin/{listing}/add/", set(), MANAGERS | {"trainer"}))
    # Single sign-on: partnership managers and administrators only, an agency manager's own agency's too.
    cases.append(("/admin/single-sign-on/", SEES_ALL, set()))
    cases.append(("/admin/single-sign-on/new/", SEES_ALL, set()))
    # A guessed id that exists is refused like the rest; one that does not is never more than "not found"
    # (Wagtail's delete and history views look the record up before they check permission).
    for action in ["edit", "delete", "history"]:
        cases.append((f"/admin/single-sign-on/{action}/{{sso}}/", SEES_ALL, set()))
        looked_up_first = {"agency manager", "trainer"} if action != "edit" else set()
        cases.append((f"/admin/single-sign-on/{action}/{{guessed_sso}}/", set(), SEES_ALL | looked_up_first))
    # Staff imports and invitations: managers, each in their own agencies' imports only.
    cases.append(("/admin/onboarding/imports/", MANAGERS, set()))
    cases.append(("/admin/onboarding/imports/new/", MANAGERS, set()))
    cases.append(("/admin/onboarding/invitations/", MANAGERS, set()))
    for suffix in ["", "status/", "result.csv"]:
        cases.append((f"/admin/onboarding/imports/{{own_import}}/{suffix}", MANAGERS, set()))
        cases.append((f"/admin/onboarding/imports/{{other_import}}/{suffix}", SEES_ALL, {"agency manager"}))
        cases.append((f"/admin/onboarding/imports/{{guessed_import}}/{suffix}", set(), MANAGERS))
    # The compliance report's drill-down: both ids are looked up in the viewer's scope.
    for suffix in ["", "&export=csv", "&export=xlsx", "&team=", "&team=North&export=csv"]:
        drill = "/admin/reports/compliance/?requirement={%s}&agency={%s}" + suffix
        cases.append((drill % ("own_requirement", "own_agency"), MANAGERS, set()))
        cases.append((drill % ("other_requirement", "other_agency"), SEES_ALL, {"agency manager"}))
        cases.append((drill % ("own_requirement", "other_agency"), set(), MANAGERS))  # not that agency's
        cases.append((drill % ("guessed_requirement", "own_agency"), set(), MANAGERS))
    # Training requirements: partnership managers and administrators change them; agency managers
    # view those reaching their agencies; another agency's or a guessed id is refused or not found.
    cases.append(("/admin/reports/compliance/?group=team&export=csv", MANAGERS, set()))
    cases.append(("/admin/training-requirements/", MANAGERS, set()))
    cases.append(("/admin/training-requirements/new/", SEES_ALL, set()))
    cases.append(("/admin/training-requirements/edit/{own_requirement}/", SEES_ALL, set()))
    # (Wagtail's inspect and delete views look the record up, in the viewer's scope, before they check.)
    cases.append(("/admin/training-requirements/inspect/{own_requirement}/", MANAGERS, {"trainer"}))
    cases.append(("/admin/training-requirements/inspect/{other_requirement}/", SEES_ALL, {"agency manager", "trainer"}))
    cases.append(("/admin/training-requirements/inspect/{guessed_requirement}/", set(), MANAGERS | {"trainer"}))
    cases.append(("/admin/training-requirements/edit/{other_requirement}/", SEES_ALL, set()))
    cases.append(("/admin/training-requirements/delete/{other_requirement}/", SEES_ALL, {"agency manager", "trainer"}))
    cases.append(("/admin/job-roles/", MANAGERS | {"trainer"}, set()))
    cases.append(("/admin/job-roles/new/", SEES_ALL, set()))
    cases.append(("/admin/job-roles/unmapped/", MANAGERS, set()))
    return cases + data_protection_urls()


def data_protection_urls():
    """The audit trail, subject access and erasure: partnership-wide, so never an agency manager's."""
    cases = [
        ("/admin/audit/", SEES_ALL, set()),
        ("/admin/audit/results/?action=export", SEES_ALL, set()),
        ("/admin/privacy/people/", SEES_ALL, set()),
        ("/admin/privacy/people/?q=midwife", SEES_ALL, set()),
        ("/admin/settings/privacy/retentionrules/{retention_rules}/", {"administrator"}, set()),
        # Everyone signed in has their own copy; nobody has anyone else's there.
        ("/accounts/your-data/", set(ROLES) - {"anonymous"}, set()),
        ("/accounts/your-data/?format=json", set(ROLES) - {"anonymous"}, set()),
    ]
    for action in ["new/", "edit/{own_learner}/", "delete/{own_learner}/", "inspect/{own_learner}/"]:
        cases.append((f"/admin/audit/{action}", set(), MANAGERS | {"trainer"}))
    for person in ["own_learner", "other_learner"]:
        for suffix in ["data/", "data/?format=json", "erase/"]:
            cases.append((f"/admin/privacy/people/{{{person}}}/{suffix}", SEES_ALL, set()))
    # A guessed id is "not found" to those allowed, and refused before any look-up to everyone else.
    for suffix in ["data/", "data/?format=json", "erase/"]:
        cases.append((f"/admin/privacy/people/{{guessed_learner}}/{suffix}", set(), SEES_ALL))
    return cases


def expected_status(role, allowed, not_found):
    if role in not_found:
        return 404
    if role in allowed:
        return 200
    return 302  # to the sign-in page, or back to the admin dashboard with "no permission"


@pytest.fixture
def sign_in(client, agency, agency_manager):
    def as_role(role):
        if role == "anonymous":
            return client
        user = {
            "learner": lambda: UserFactory(email="l2@example.org", agency=agency, roles=[LEARNERS]),
            "trainer": lambda: UserFactory(email="t@example.org", agency=agency, roles=[TRAINERS]),
            "agency manager": lambda: agency_manager,
            "partnership manager": lambda: UserFactory(
                email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]
            ),
            "administrator": lambda: UserFactory(email="a@example.org", agency=None, is_superuser=True, roles=[]),
        }[role]()
        client.force_login(user)
        return client

    return as_role


@pytest.mark.parametrize("role", ROLES)
def test_the_permission_matrix(sign_in, records, role):
    client = sign_in(role)
    failures = []
    for template, allowed, not_found in urls():
        url = template.format(**records)
        response = client.get(url)
        expected = expected_status(role, allowed, not_found)
        if response.status_code != expected:
            failures.append(f"{url}: {response.status_code}, expected {expected}")
    assert failures == []


def test_an_agency_managers_listings_and_exports_hold_only_their_agency(sign_in, records):
    client = sign_in("agency manager")

    listing = client.get("/admin/completions/").content.decode()
    export = b"".join(client.get("/admin/reports/training-records/?export=csv").streaming_content).decode()
    learners = client.get("/admin/learners/").content.decode()

    assert "Lee Learner" in listing
    assert "Mia Midwife" not in listing
    assert "Lee Learner" in export
    assert "Mia Midwife" not in export
    assert "Mia Midwife" not in learners


def test_a_trainer_sees_question_statistics_without_names(sign_in, records):
    html = sign_in("trainer").get("/admin/reports/insights/").content.decode()

    assert "Lee Learner" not in html
    assert "Mia Midwife" not in html
    assert "fewer than 5" in html


def test_the_reports_menu_shows_each_role_only_its_reports(sign_in, records):
    trainer_menu = sign_in("trainer").get("/admin/").content.decode()
    manager_menu = sign_in("agency manager").get("/admin/").content.decode()

    assert "/admin/reports/insights/" in trainer_menu
    for report in NAMED:
        assert f"/admin/reports/{report}/" not in trainer_menu
    for report in CONTENT_STATISTICS:
        assert f"/admin/reports/{report}/" in trainer_menu
        assert f"/admin/reports/{report}/" not in manager_menu
    for report in set(REPORTS) - set(CONTENT_STATISTICS):
        assert f"/admin/reports/{report}/" in manager_menu
