"""Staff-list imports: preview first, then a background task; scoped to the importer's agencies."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import LEARNERS, PARTNERSHIP_MANAGERS
from onboarding.models import Employment, ImportStatus, Invitation, StaffImport
from tests.onboarding.staff_lists import csv_bytes, staff, xlsx_bytes

UPLOAD = "/admin/onboarding/imports/new/"
FORMULA = '=HYPERLINK("http://attacker.example/","Click me")'


@pytest.fixture
def manager_client(client, agency_manager):
    client.force_login(agency_manager)
    return client


def upload(client, agency, content, name="staff.csv"):
    return client.post(UPLOAD, {"agency": agency.pk, "file": SimpleUploadedFile(name, content)})


def preview_of(client, agency, content, name="staff.csv"):
    response = upload(client, agency, content, name)
    assert response.status_code == 302, response.content.decode()[:2000]
    return StaffImport.objects.latest("pk")


def run(client, staff_import, background_tasks, capture):
    with capture(execute=True):
        response = client.post(f"/admin/onboarding/imports/{staff_import.pk}/confirm/")
        assert response.status_code == 302
    with capture(execute=True):
        background_tasks.run()  # the import; its invitations are queued when it commits
    staff_import.refresh_from_db()
    return staff_import


@pytest.fixture
def imported(manager_client, agency, background_tasks, django_capture_on_commit_callbacks):
    def do_import(content, name="staff.csv"):
        staff_import = preview_of(manager_client, agency, content, name)
        return run(manager_client, staff_import, background_tasks, django_capture_on_commit_callbacks)

    return do_import


def outcomes(staff_import):
    return {email: (outcome, reason) for _, email, _, outcome, reason in staff_import.preview}


def snapshot():
    """Every account and team as stored, to show an import changed nothing."""
    users = list(
        get_user_model().objects.order_by("pk").values_list("email", "full_name", "job_role", "agency_id", "password")
    )
    return users, list(Employment.objects.order_by("pk").values_list("user_id", "team", "start_date"))


def test_the_preview_lists_every_rows_result_and_writes_nothing(manager_client, agency, learner):
    Employment.objects.create(user=learner, team="", start_date=None)
    rows = [
        ["New Person", "new@example.org", "PC", "Response", "01/09/2026"],
        [learner.full_name, learner.email, learner.job_role, "", ""],
        ["Lee Renamed", learner.email.upper(), learner.job_role, "", ""],
        ["No Address", "not-an-email", "PC", "", ""],
    ]
    before = snapshot()

    staff_import = preview_of(manager_client, agency, csv_bytes(rows))
    page = manager_client.get(f"/admin/onboarding/imports/{staff_import.pk}/").content.decode()

    assert snapshot() == before
    assert staff_import.status == ImportStatus.PREVIEWED
    assert [row[3] for row in staff_import.preview] == ["new", "unchanged", "error", "error"]
    assert "also on row 3" in staff_import.preview[2][4]
    assert "not valid" in staff_import.preview[3][4]
    assert staff_import.counts == {"new": 1, "updated": 0, "unchanged": 1, "error": 2}
    for text in ["new@example.org", "Unchanged", "not-an-email", "Confirm and import"]:
        assert text in page


def test_confirming_imports_new_learners_into_the_agency_with_an_invitation(imported, agency):
    staff_import = imported(csv_bytes([["Nia New", "Nia@Example.org", "PC", "Response", "2026-09-01"]]))

    nia = get_user_model().objects.get(email="nia@example.org")
    assert staff_import.status == ImportStatus.DONE
    assert staff_import.counts["new"] == 1
    assert (nia.full_name, nia.job_role, nia.agency) == ("Nia New", "Police constable", agency)
    assert nia.listed_job_role.name == "Police constable"
    assert list(nia.groups.values_list("name", flat=True)) == [LEARNERS]
    assert not nia.has_usable_password()
    assert (nia.employment.team, str(nia.employment.start_date)) == ("Response", "2026-09-01")
    assert Invitation.objects.get(user=nia).send_requested_at is not None


def test_the_result_file_lists_each_row(imported, manager_client):
    staff_import = imported(csv_bytes([["Nia New", "nia@example.org", "PC", "", ""], ["Bad", "bad", "", "", ""]]))

    response = manager_client.get(f"/admin/onboarding/imports/{staff_import.pk}/result.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))

    assert response["Content-Type"].startswith("text/csv")
    assert rows[0] == ["Row", "Email", "Name", "Result", "Reason"]
    assert rows[1][:4] == ["2", "nia@example.org", "Nia New", "New"]
    assert rows[2][3] == "Error"


def test_importing_the_same_file_again_changes_nothing(imported):
    content = csv_bytes(staff(30))
    imported(content)
    before = snapshot()

    again = imported(content)

    assert again.counts == {"new": 0, "updated": 0, "unchanged": 30, "error": 0}
    assert snapshot() == before


def test_an_xlsx_file_imports_like_a_csv_file_and_its_reimport_changes_nothing(imported):
    rows = [["Nia New", "nia@example.org", "PC", "Response", "2026-09-01"]]
    imported(xlsx_bytes(rows), name="staff.xlsx")
    before = snapshot()

    again = imported(csv_bytes(rows))

    assert again.counts["unchanged"] == 1
    assert snapshot() == before


def test_changed_details_update_the_learner_but_never_their_password(imported, learner):
    password = learner.password

    staff_import = imported(csv_bytes([["Lee Learner-Smith", learner.email, "Sergeant", "Custody", "2020-01-31"]]))

    learner.refresh_from_db()
    assert staff_import.counts["updated"] == 1
    assert (learner.full_name, learner.job_role) == ("Lee Learner-Smith", "Sergeant")
    assert learner.employment.team == "Custody"
    assert learner.password == password
    assert not Invitation.objects.filter(user=learner).exists()


def test_a_learner_at_an_agency_the_manager_does_not_manage_is_an_error_row_and_stays(imported, other_agency):
    outsider = UserFactory(email="midwife@example.org", agency=other_agency, full_name="Mia Midwife")

    staff_import = imported(csv_bytes([["Mia Moved", outsider.email, "PC", "", ""]]))

    outsider.refresh_from_db()
    assert outcomes(staff_import)[outsider.email][0] == "error"
    assert "another agency that you do not manage" in outcomes(staff_import)[outsider.email][1]
    assert (outsider.agency, outsider.full_name) == (other_agency, "Mia Midwife")


def test_a_partnership_manager_may_move_a_learner_between_agencies(
    client, agency, other_agency, background_tasks, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))
    mover = UserFactory(email="mover@example.org", agency=other_agency)

    staff_import = preview_of(client, agency, csv_bytes([[mover.full_name, mover.email, mover.job_role, "", ""]]))
    run(client, staff_import, background_tasks, django_capture_on_commit_callbacks)

    mover.refresh_from_db()
    assert mover.agency == agency


def test_a_staff_account_is_never_changed_by_an_import(manager_client, agency, trainer):
    staff_import = preview_of(manager_client, agency, csv_bytes([["Someone Else", trainer.email, "PC", "", ""]]))

    outcome, reason = outcomes(staff_import)[trainer.email]
    assert outcome == "error"
    assert reason == "This address belongs to a staff account; an import changes learners only."


def test_rows_with_errors_say_why(manager_client, agency):
    rows = [
        ["", "no.name@example.org", "", "", ""],
        ["Bad Date", "bad.date@example.org", "", "", "31/02/2026"],
        ["Bad Email", "someone@", "", "", ""],
        ["Unknown Role", "unknown.role@example.org", "Astronaut", "", ""],
    ]

    staff_import = preview_of(manager_client, agency, csv_bytes(rows))

    reasons = [row[4] for row in staff_import.preview]
    assert reasons[0] == "The name is missing."
    assert "not a date" in reasons[1]
    assert "not valid" in reasons[2]
    assert reasons[3] == "The job role “Astronaut” is not on the Police list of job roles."
    assert staff_import.counts["error"] == 4


def test_a_formula_like_name_is_stored_as_text_and_exported_safely(imported, manager_client, agency):
    staff_import = imported(csv_bytes([[FORMULA, "formula@example.org", "PC", "", ""]]))

    stored = get_user_model().objects.get(email="formula@example.org")
    export = b"".join(manager_client.get("/admin/reports/training-status/?export=csv").streaming_content).decode()
    result = manager_client.get(f"/admin/onboarding/imports/{staff_import.pk}/result.csv").content.decode("utf-8-sig")

    assert stored.full_name == FORMULA
    assert "'=HYPERLINK" in export
    assert '"=HYPERLINK' not in export and ",=HYPERLINK" not in export
    assert "'=HYPERLINK" in result
    assert ",=HYPERLINK" not in result and '"=HYPERLINK' not in result


def test_a_manager_cannot_import_into_an_agency_they_do_not_manage(manager_client, other_agency):
    response = upload(manager_client, other_agency, csv_bytes(staff(2)))

    assert response.status_code == 422
    assert "Select a valid choice" in response.content.decode()
    assert not StaffImport.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_a_message(manager_client, agency, settings):
    settings.ONBOARDING_IMPORT_MAX_BYTES = 1_000_000

    response = upload(manager_client, agency, b"Name,Email\n" + b"x" * 1_000_001)

    assert response.status_code == 413
    assert "larger than 1 MB" in response.content.decode()
    assert not StaffImport.objects.exists()


def test_a_file_over_the_row_limit_is_refused_with_a_message(manager_client, agency, settings):
    settings.ONBOARDING_IMPORT_MAX_ROWS = 10

    response = upload(manager_client, agency, csv_bytes(staff(11)))

    assert response.status_code == 422
    assert "more than 10 rows" in response.content.decode()
    assert not StaffImport.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("staff.txt", b"Name,Email\n", "Upload a CSV file"),
        ("staff.xlsx", b"not a workbook", "not an Excel workbook"),
        ("staff.csv", csv_bytes([["a", "b"]], heading=["Who", "Where"]), "no name or email column"),
        ("staff.csv", b"", "The submitted file is empty"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_client_error(manager_client, agency, name, content, message):
    response = upload(manager_client, agency, content, name)

    assert response.status_code == 422
    assert message in response.content.decode()


def test_confirming_twice_runs_the_import_once(manager_client, agency, django_capture_on_commit_callbacks):
    staff_import = preview_of(manager_client, agency, csv_bytes(staff(2)))

    with django_capture_on_commit_callbacks() as callbacks:
        manager_client.post(f"/admin/onboarding/imports/{staff_import.pk}/confirm/")
        manager_client.post(f"/admin/onboarding/imports/{staff_import.pk}/confirm/")

    assert len(callbacks) == 1


def test_the_status_view_reports_progress(imported, manager_client):
    staff_import = imported(csv_bytes(staff(3)))

    status = manager_client.get(f"/admin/onboarding/imports/{staff_import.pk}/status/").json()

    assert status == {
        "status": "done",
        "label": "Finished",
        "rows_done": 3,
        "rows_total": 3,
        "percent": 100,
        "finished": True,
    }


def test_new_learners_at_an_agency_with_single_sign_on_get_no_password_link(
    imported, agency, mailbox, background_tasks
):
    from tests.reports.conftest import own_agency_single_sign_on

    own_agency_single_sign_on(agency)
    imported(csv_bytes([["Pat Constable", "pat@police.example", "PC", "", ""]]))
    background_tasks.run()

    invitation = Invitation.objects.get(user__email="pat@police.example")
    assert invitation.by_single_sign_on
    assert mailbox.messages == []


def test_imported_learners_receive_their_invitation(imported, mailbox, background_tasks):
    imported(csv_bytes(staff(3)))
    background_tasks.run()

    assert sorted(message["To"] for message in mailbox.messages) == [f"person{n}@staff.example" for n in range(3)]


def test_ten_thousand_rows_are_previewed_and_imported(imported, settings):
    content = csv_bytes([*staff(9_999), ["Bad", "bad-address", "", "", ""]])

    staff_import = imported(content)

    assert staff_import.counts == {"new": 9_999, "updated": 0, "unchanged": 0, "error": 1}
    assert get_user_model().objects.filter(email__endswith="@staff.example").count() == 9_999
    assert Invitation.objects.filter(user__email__endswith="@staff.example").count() == 9_999


def test_headings_are_matched_without_regard_to_case_or_order(manager_client, agency):
    heading = ["EMAIL ADDRESS", "Team", "Full name"]

    staff_import = preview_of(manager_client, agency, csv_bytes([["a@example.org", "Blue", "Ann"]], heading=heading))

    assert staff_import.preview == [[2, "a@example.org", "Ann", "new", ""]]


def test_the_training_status_report_shows_imported_learners_as_invited_not_started(imported, manager_client, learner):
    imported(csv_bytes([["Nia New", "nia@example.org", "PC", "", ""]]))

    html = manager_client.get("/admin/reports/training-status/").content.decode()
    rows = list(
        csv.reader(
            io.StringIO(
                b"".join(manager_client.get("/admin/reports/training-status/?export=csv").streaming_content).decode(
                    "utf-8-sig"
                )
            )
        )
    )
    accounts = {row[1]: row[4] for row in rows[1:]}

    assert "Invited, not started" in html
    assert accounts["nia@example.org"] == "Invited, not started"
    assert accounts[learner.email] == "Not signed in yet"
    assert accounts["manager@example.org"] == "Signed in"


def test_a_formula_cell_in_a_workbook_is_stored_as_its_text(imported):
    imported(xlsx_bytes([[FORMULA, "formula@example.org", "PC", "", ""]]), name="staff.xlsx")

    assert get_user_model().objects.get(email="formula@example.org").full_name == FORMULA
