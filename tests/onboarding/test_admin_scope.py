"""The onboarding pages' POST actions are scoped like their pages: another agency's records are "not found"."""

import pytest
from django.utils import timezone

from elearning.accounts.factories import UserFactory
from onboarding.models import ImportStatus, Invitation, StaffImport
from tests.onboarding.staff_lists import csv_bytes, staff


def previewed_import(agency):
    return StaffImport.objects.create(
        agency=agency, filename="staff.csv", content=csv_bytes(staff(1)), rows_total=1, preview=[], counts={}
    )


def invited_at(agency, email):
    user = UserFactory(email=email, agency=agency, password=None)
    return Invitation.objects.create(user=user)


@pytest.fixture
def manager_client(client, agency_manager):
    client.force_login(agency_manager)
    return client


def test_a_manager_cannot_confirm_another_agencys_import(manager_client, other_agency):
    staff_import = previewed_import(other_agency)

    response = manager_client.post(f"/admin/onboarding/imports/{staff_import.pk}/confirm/")

    staff_import.refresh_from_db()
    assert response.status_code == 404
    assert staff_import.status == ImportStatus.PREVIEWED


def test_a_trainer_cannot_confirm_an_import(client, trainer, agency):
    staff_import = previewed_import(agency)
    client.force_login(trainer)

    response = client.post(f"/admin/onboarding/imports/{staff_import.pk}/confirm/")

    staff_import.refresh_from_db()
    assert response.status_code == 302
    assert staff_import.status == ImportStatus.PREVIEWED


def test_a_manager_resends_an_invitation_in_their_agency(manager_client, agency, django_capture_on_commit_callbacks):
    invitation = invited_at(agency, "own@example.org")

    with django_capture_on_commit_callbacks() as callbacks:
        response = manager_client.post(f"/admin/onboarding/invitations/{invitation.user_id}/resend/")

    invitation.refresh_from_db()
    assert response.status_code == 302
    assert invitation.send_requested_at is not None
    assert len(callbacks) == 1


def test_a_manager_cannot_resend_another_agencys_invitation(manager_client, other_agency):
    invitation = invited_at(other_agency, "other@example.org")

    response = manager_client.post(f"/admin/onboarding/invitations/{invitation.user_id}/resend/")

    invitation.refresh_from_db()
    assert response.status_code == 404
    assert invitation.send_requested_at is None


def test_nobody_resends_to_a_learner_who_has_signed_in(manager_client, agency):
    invitation = invited_at(agency, "started@example.org")
    invitation.user.last_login = timezone.now()
    invitation.user.save()

    response = manager_client.post(f"/admin/onboarding/invitations/{invitation.user_id}/resend/")

    assert response.status_code == 404


def test_the_invitations_page_lists_only_the_managers_agencies(manager_client, agency, other_agency):
    invited_at(agency, "own@example.org")
    invited_at(other_agency, "other@example.org")

    html = manager_client.get("/admin/onboarding/invitations/").content.decode()

    assert "own@example.org" in html
    assert "other@example.org" not in html
