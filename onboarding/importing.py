"""Previewing a staff list, and the background task that imports it once a manager confirms."""

import csv
import io
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from elearning.accounts.models import SingleSignOn
from elearning.accounts.roles import LEARNERS
from elearning.background import background_task

from . import spreadsheets
from .invitations import send_requested_invitations
from .models import Employment, ImportStatus, Invitation, StaffImport
from .planning import RowOutcome, outcome_counts, plan_rows

BATCH = 500
RESULT_HEADINGS = ["Row", "Email", "Name", "Result", "Reason"]


def preview(agency, importer, filename, content):
    """A saved StaffImport holding the file and every row's planned outcome; nothing else is written.

    Raises spreadsheets.SpreadsheetError when the file cannot be read or is over the limits.
    """
    rows = spreadsheets.read_rows(filename, content)
    plans = plan_rows(rows, agency, importer)
    counts = outcome_counts(plans)
    return StaffImport.objects.create(
        agency=agency,
        created_by=importer,
        filename=filename[:255],
        content=content,
        rows_total=len(plans),
        preview=[plan.as_preview() for plan in plans],
        counts=counts,
    )


def confirm(staff_import):
    """Queue a previewed import once; a second confirmation (a double click) queues nothing."""
    queued = StaffImport.objects.filter(pk=staff_import.pk, status=ImportStatus.PREVIEWED).update(
        status=ImportStatus.QUEUED
    )
    if queued:
        transaction.on_commit(lambda: run_import.enqueue(staff_import.pk))
    return bool(queued)


@background_task(max_attempts=3, backoff=timedelta(seconds=10))
def run_import(import_id):
    """Import a confirmed staff list in batches, recording progress and the result file.

    Every row is planned again against the database as it is now, so running twice (a retry) finds
    the first run's rows unchanged and writes nothing more.
    """
    staff_import = StaffImport.objects.select_related("agency", "created_by").get(pk=import_id)
    if staff_import.status == ImportStatus.DONE:
        return
    StaffImport.objects.filter(pk=import_id).update(status=ImportStatus.RUNNING, rows_done=0)
    try:
        plans = plan_rows(
            spreadsheets.read_rows(staff_import.filename, bytes(staff_import.content)),
            staff_import.agency,
            staff_import.created_by,
        )
        counts = outcome_counts(plans)
        for start in range(0, len(plans), BATCH):
            apply_batch(plans[start : start + BATCH], staff_import.agency)
            StaffImport.objects.filter(pk=import_id).update(rows_done=min(start + BATCH, len(plans)))
    except Exception as error:
        StaffImport.objects.filter(pk=import_id).update(status=ImportStatus.FAILED, error=str(error)[:1000])
        raise
    StaffImport.objects.filter(pk=import_id).update(
        status=ImportStatus.DONE,
        rows_total=len(plans),
        rows_done=len(plans),
        counts=counts,
        result_csv=result_file(plans),
        error="",
        finished_at=timezone.now(),
    )
    if counts[RowOutcome.NEW]:
        transaction.on_commit(send_requested_invitations.enqueue)


@transaction.atomic
def apply_batch(plans, agency):
    new = [plan for plan in plans if plan.outcome == RowOutcome.NEW]
    updated = [plan for plan in plans if plan.outcome == RowOutcome.UPDATED]
    create_learners(new, agency)
    update_learners(updated, agency)


def create_learners(plans, agency):
    if not plans:
        return
    User = get_user_model()
    users = []
    for plan in plans:
        user = User(
            email=plan.email,
            full_name=plan.name,
            job_role=plan.job_role_text,
            listed_job_role=plan.job_role,
            agency=agency,
        )
        # What set_unusable_password() stores ("!" and random text), made with one call rather than 40.
        user.password = UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30)
        users.append(user)
    User.objects.bulk_create(users)
    # Some databases do not return ids from bulk_create: read them back by address.
    ids = dict(User.objects.filter(email__in=[plan.email for plan in plans]).values_list("email", "pk"))
    learners, _ = Group.objects.get_or_create(name=LEARNERS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=ids[plan.email], group_id=learners.pk) for plan in plans]
    )
    Employment.objects.bulk_create(
        [Employment(user_id=ids[plan.email], team=plan.team, start_date=plan.start_date) for plan in plans]
    )
    by_single_sign_on = SingleSignOn.objects.filter(agency=agency).exists()
    now = timezone.now()
    Invitation.objects.bulk_create(
        [
            Invitation(
                user_id=ids[plan.email],
                by_single_sign_on=by_single_sign_on,
                send_requested_at=None if by_single_sign_on else now,
            )
            for plan in plans
        ]
    )


def update_learners(plans, agency):
    if not plans:
        return
    User = get_user_model()
    users = []
    for plan in plans:
        user = plan.user
        user.full_name, user.agency = plan.name, agency
        user.job_role, user.listed_job_role = plan.job_role_text, plan.job_role
        users.append(user)
    User.objects.bulk_update(users, ["full_name", "job_role", "listed_job_role", "agency"])
    employments = {employment.user_id: employment for employment in Employment.objects.filter(user__in=users)}
    changed, added = [], []
    for plan in plans:
        employment = employments.get(plan.user.pk)
        if employment is None:
            added.append(Employment(user=plan.user, team=plan.team, start_date=plan.start_date))
        else:
            employment.team, employment.start_date = plan.team, plan.start_date
            changed.append(employment)
    Employment.objects.bulk_update(changed, ["team", "start_date"])
    Employment.objects.bulk_create(added)


def result_file(plans):
    """The import's result as CSV bytes; text that would start a spreadsheet formula is kept as text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(RESULT_HEADINGS)
    for plan in plans:
        writer.writerow([as_text_cell(value) for value in plan.as_result()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# The same rule as reports.exports.neutralise (onboarding sits below reports, so it cannot import it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
