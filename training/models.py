"""Training requirements: which module each sector, agency and job role must hold, and by when."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from elearning.accounts.models import Agency, JobRole, Sector


class DeadlineBasis(models.TextChoices):
    JOINING = "joining", "Days from joining (or from the start date, for people already in post)"
    START = "start", "Days from the requirement's start date, for everyone"


class TrainingRequirementQuerySet(models.QuerySet):
    def covering(self, user):
        """The requirements that cover this person today: their agency's sector, agency and job role."""
        if not user.is_authenticated or user.agency_id is None:
            return self.none()
        return (
            self.filter(sector__in=Agency.objects.filter(pk=user.agency_id).values("sector"))
            .filter(starts_on__lte=timezone.localdate())
            .filter(models.Q(agency=None) | models.Q(agency=user.agency_id))
            .filter(models.Q(job_role=None) | models.Q(job_role=user.listed_job_role_id))
        )


class TrainingRequirement(models.Model):
    """A module that everyone in a sector (optionally one agency, optionally one job role) must complete."""

    module = models.ForeignKey("modules.ModulePage", on_delete=models.CASCADE, related_name="requirements")
    sector = models.CharField(max_length=32, choices=Sector.choices)
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.CASCADE, help_text="Leave empty for every agency in the sector."
    )
    job_role = models.ForeignKey(
        JobRole, null=True, blank=True, on_delete=models.CASCADE, help_text="Leave empty for every job role."
    )
    starts_on = models.DateField(
        default=timezone.localdate,
        help_text="From this date the module is required. People it newly covers get the new-starter window from it.",
    )
    new_starter_days = models.PositiveSmallIntegerField(
        default=90, help_text="How many days a new starter has to complete the module."
    )
    deadline_basis = models.CharField(max_length=10, choices=DeadlineBasis.choices, default=DeadlineBasis.JOINING)
    refresher_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="How long a completion counts. Leave empty to use the module's own refresher interval.",
    )

    objects = TrainingRequirementQuerySet.as_manager()

    class Meta:
        ordering = ["sector", "module__title", "pk"]

    def __str__(self):
        return f"{self.module.title}: {self.scope_label}"

    @property
    def scope_label(self):
        parts = [str(self.agency) if self.agency_id else Sector(self.sector).label]
        parts.append(str(self.job_role) if self.job_role_id else "all job roles")
        return ", ".join(parts)

    def clean(self):
        super().clean()
        errors = {}
        if self.agency_id and self.agency.sector != self.sector:
            errors["agency"] = "Choose an agency in the requirement's sector."
        if self.job_role_id and self.job_role.sector != self.sector:
            errors["job_role"] = "Choose a job role on the requirement's sector's list."
        if errors:
            raise ValidationError(errors)


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", "Due soon"
    OVERDUE = "overdue", "Overdue"
    EXPIRED = "expired", "Certificate expired"
    LEARNER_DIGEST = "learner_digest", "Weekly digest for a learner"
    MANAGER_DIGEST = "manager_digest", "Weekly digest of overdue staff for a manager"


class SentReminder(models.Model):
    """One reminder email claimed for one person: the unique row that stops it being sent twice.

    `key` names what the email is about: "<module id>:<date>" for a learner's due-soon, overdue or
    expired email (a new deadline or a new completion's expiry is a new date, so a new email), the ISO
    week ("2026-W49") for a digest. The row is inserted before the email is sent (`claimed_at`);
    `sent_at` is set once the mail server has accepted it (`training/reminders.py`).
    """

    person = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="sent_reminders")
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    key = models.CharField(max_length=40)
    requirement = models.ForeignKey(TrainingRequirement, null=True, blank=True, on_delete=models.SET_NULL)
    due_on = models.DateField(null=True, blank=True)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "kind", "key"], name="one_reminder_per_event")]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.person_id} ({self.key})"


class ReminderPreference(models.Model):
    """How a learner takes their required-training reminders: one email each, or one digest a week."""

    person = models.OneToOneField("accounts.User", on_delete=models.CASCADE, related_name="reminder_preference")
    weekly_digest = models.BooleanField(
        default=False,
        help_text="One email a week listing what is due, instead of an email for each module.",
    )

    def __str__(self):
        return f"Reminder preference of {self.person_id}"
