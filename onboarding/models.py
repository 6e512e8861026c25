"""Staff details from an agency's list, the imports that load them, and invitations to set a password."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from elearning.accounts.roles import sees_named_records, visible_agency_ids


class Employment(models.Model):
    """What an agency's staff list says about a learner beyond their account: team and start date."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employment")
    team = models.CharField(max_length=150, blank=True)
    start_date = models.DateField(null=True, blank=True)

    def __str__(self):
        return f"{self.user}: {self.team or 'no team'}"


class InvitationQuerySet(models.QuerySet):
    def waiting(self):
        """Invitations whose learner has never signed in."""
        return self.filter(user__last_login__isnull=True)


class Invitation(models.Model):
    """An imported learner's invitation: the link to set a first password, single use and expiring.

    Only a SHA-256 digest of the link's token is kept, so the database never holds a working link.
    Sending (again) makes a new token, which ends every earlier link.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitation")
    created_at = models.DateTimeField(default=timezone.now)
    # The agency signs its staff in with its own identity provider: no password link is sent.
    by_single_sign_on = models.BooleanField(default=False)
    send_requested_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_count = models.PositiveIntegerField(default=0)
    token_digest = models.CharField(max_length=64, blank=True, db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation for {self.user}"

    @property
    def needs_sending(self):
        return self.send_requested_at is not None and (self.sent_at is None or self.sent_at < self.send_requested_at)


class ImportStatus(models.TextChoices):
    PREVIEWED = "previewed", "Ready to confirm"
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Importing"
    DONE = "done", "Finished"
    FAILED = "failed", "Failed"


class StaffImportQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not sees_named_records(user):
            return self.none()
        agency_ids = visible_agency_ids(user)
        return self if agency_ids is None else self.filter(agency_id__in=agency_ids)


class StaffImport(models.Model):
    """One uploaded staff list for one agency: its file, its preview, and how its import went.

    The file is kept in the database, not on a machine's disk: the preview, the confirmation and the
    task that imports it may each run on a different machine.
    """

    agency = models.ForeignKey("accounts.Agency", on_delete=models.CASCADE, related_name="staff_imports")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="staff_imports"
    )
    created_at = models.DateTimeField(default=timezone.now)
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    status = models.CharField(max_length=16, choices=ImportStatus.choices, default=ImportStatus.PREVIEWED)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    preview = models.JSONField(default=list, blank=True)  # one [row number, email, outcome, reason] per row
    counts = models.JSONField(default=dict, blank=True)  # outcome -> rows, of the preview, then of the import
    result_csv = models.BinaryField(null=True, blank=True)
    error = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = StaffImportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.filename} for {self.agency}"

    @property
    def percent_done(self):
        return round(100 * self.rows_done / self.rows_total) if self.rows_total else 100
