"""Every report view, export, inspect, subject-access download and erasure writes exactly one audit row."""

import pytest
from django.urls import reverse

from modules.models import Completion
from privacy.models import AuditAction, AuditEntry
from quizzes.models import Attempt
from tests.modules.fixtures import pass_module

REPORTS = {
    "training-records": "Training records",
    "training-status": "Training status",
    "agency-summary": "Agency summary",
    "insights": "Myth and question insights",
}


@pytest.fixture
def records(learner, other_learner, quiz_module):
    return {"lee": pass_module(learner, quiz_module), "mia": pass_module(other_learner, quiz_module)}


def only_entry():
    entries = list(AuditEntry.objects.all())
    assert len(entries) == 1, entries
    return entries[0]


@pytest.mark.parametrize("slug", REPORTS)
def test_a_report_view_is_logged_with_its_name_and_row_count(client, records, partnership_manager, slug):
    client.force_login(partnership_manager)

    assert client.get(f"/admin/reports/{slug}/").status_code == 200

    entry = only_entry()
    assert (entry.actor, entry.action, entry.report) == (partnership_manager, AuditAction.REPORT_VIEW, REPORTS[slug])
    assert entry.row_count is not None


def test_a_filtered_report_view_is_logged_with_its_filters_and_rows_found(client, records, partnership_manager):
    client.force_login(partnership_manager)

    client.get("/admin/reports/training-records/?learner=Midwife&p=1")

    entry = only_entry()
    assert entry.filters == {"learner": "Midwife"}
    assert entry.row_count == 1


def test_a_filter_holding_a_nul_or_a_long_paste_is_logged_without_them(client, records, partnership_manager):
    """PostgreSQL's jsonb cannot hold NUL: the report must still answer, and the row be written."""
    client.force_login(partnership_manager)

    response = client.get("/admin/reports/training-records/", {"learner": "Mid\x00wife", "q": "x" * 5000})

    assert response.status_code == 200
    assert only_entry().filters == {"learner": "Midwife", "q": "x" * 200}


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("slug", REPORTS)
def test_an_export_is_logged_with_its_report_filters_and_row_count(
    client, records, partnership_manager, slug, export_format
):
    client.force_login(partnership_manager)

    response = client.get(f"/admin/reports/{slug}/?export={export_format}")

    assert response.status_code == 200

    entry = only_entry()
    assert (entry.action, entry.report) == (AuditAction.EXPORT, REPORTS[slug])
    assert entry.filters == {"format": export_format}
    assert entry.row_count is not None


def test_a_training_records_export_counts_the_rows_sent(client, records, partnership_manager, agency):
    client.force_login(partnership_manager)

    response = client.get(f"/admin/reports/training-records/?export=csv&agency={agency.pk}")
    lines = b"".join(response.streaming_content).decode().strip().splitlines()

    entry = only_entry()
    assert entry.filters == {"agency": str(agency.pk), "format": "csv"}
    assert entry.row_count == len(lines) - 1 == 1


@pytest.mark.parametrize("listing", ["learners", "completions", "attempts"])
def test_a_record_listing_is_logged(client, records, partnership_manager, listing):
    client.force_login(partnership_manager)

    client.get(f"/admin/{listing}/")

    assert only_entry().action == AuditAction.REPORT_VIEW


@pytest.mark.parametrize("listing", ["learners", "completions", "attempts"])
def test_inspecting_a_learners_record_is_logged_with_the_learner(
    client, records, partnership_manager, other_learner, listing
):
    client.force_login(partnership_manager)
    pk = {
        "learners": other_learner.pk,
        "completions": records["mia"].pk,
        "attempts": Attempt.objects.get(completion=records["mia"]).pk,
    }[listing]

    assert client.get(f"/admin/{listing}/inspect/{pk}/").status_code == 200

    entry = only_entry()
    assert (entry.action, entry.subject) == (AuditAction.INSPECT, other_learner)
    assert entry.target.endswith(f" {pk}")


def test_opening_a_user_in_the_user_admin_is_logged(client, superuser, other_learner):
    client.force_login(superuser)

    assert client.get(reverse("wagtailusers_users:edit", args=[other_learner.pk])).status_code == 200

    entry = only_entry()
    assert (entry.actor, entry.action, entry.subject) == (superuser, AuditAction.INSPECT, other_learner)


def test_an_out_of_scope_inspect_is_not_logged(client, records, agency_manager):
    client.force_login(agency_manager)

    assert client.get(f"/admin/completions/inspect/{records['mia'].pk}/").status_code == 404

    assert not AuditEntry.objects.filter(action=AuditAction.INSPECT).exists()


@pytest.mark.parametrize("suffix", ["", "?format=json"])
def test_a_learners_own_download_is_logged(client, records, learner, suffix):
    client.force_login(learner)

    client.get(f"/accounts/your-data/{suffix}")

    entry = only_entry()
    assert (entry.actor, entry.action, entry.subject) == (learner, AuditAction.SUBJECT_ACCESS, learner)
    assert entry.filters == {"format": "json" if suffix else "html"}
    assert entry.row_count >= 3


def test_an_erasure_is_logged_and_its_confirmation_page_is_not(client, records, partnership_manager, other_learner):
    client.force_login(partnership_manager)
    client.get(f"/admin/privacy/people/{other_learner.pk}/erase/")
    assert not AuditEntry.objects.exists()

    client.post(f"/admin/privacy/people/{other_learner.pk}/erase/", {"email": "midwife@example.org"})

    entry = only_entry()
    assert (entry.actor, entry.action, entry.subject) == (partnership_manager, AuditAction.ERASURE, other_learner)
    assert Completion.objects.filter(learner=other_learner).exists()


def test_the_audit_trail_lists_entries_and_filters_by_action(client, records, partnership_manager):
    client.force_login(partnership_manager)
    client.get("/admin/reports/training-records/?export=csv")
    client.get("/admin/completions/")

    html = client.get("/admin/audit/?action=export").content.decode()

    assert "Downloaded an export" in html
    assert "Training records" in html
    assert "Completions" not in html.split("<table", 1)[1]
