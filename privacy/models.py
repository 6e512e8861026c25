"""The audit trail of who looked at or took whose records, and the retention rules an administrator sets."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class AuditAction(models.TextChoices):
    REPORT_VIEW = "report_view", "Viewed a report"
    EXPORT = "export", "Downloaded an export"
    INSPECT = "inspect", "Inspected a learner's record"
    SUBJECT_ACCESS = "subject_access", "Downloaded a subject-access copy"
    ERASURE = "erasure", "Anonymised a person"


class AuditEntryQuerySet(models.QuerySet):
    def about(self, user):
        return self.filter(subject=user)

    def older_than(self, moment):
        return self.filter(at__lt=moment)


class AuditEntry(models.Model):
    """One look at, or download of, personal records: who, when, what. Written once, never changed."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who did it: empty for the retention rules run by the system.",
    )
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    report = models.CharField(max_length=200, blank=True, help_text="The report, listing or page.")
    filters = models.JSONField(default=dict, blank=True)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The person whose record it was, when it was one person's.",
    )
    target = models.CharField(max_length=200, blank=True, help_text="The record looked at, e.g. 'completion 12'.")

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit trail"
        indexes = [models.Index(fields=["subject", "at"])]

    def __str__(self):
        return f"{self.get_action_display()} by {self.actor or 'the system'} at {self.at:%Y-%m-%d %H:%M}"


@register_setting(icon="lock")
class RetentionRules(BaseGenericSetting):
    """How long personal data is kept. Empty means kept; `manage.py apply_retention` enforces the rest."""

    reflections_months = models.PositiveSmallIntegerField(
        "delete private reflections after (months)",
        null=True,
        blank=True,
        help_text="Reflections not edited for this many months are deleted. Leave empty to keep them.",
    )
    inactive_learner_years = models.PositiveSmallIntegerField(
        "anonymise learners inactive for (years)",
        null=True,
        blank=True,
        help_text=(
            "Learners who have not signed in for this many years (including those who left their agency) "
            "are anonymised: completions and counts stay, name, email and free text go."
        ),
    )
    audit_years = models.PositiveSmallIntegerField(
        "delete audit entries after (years)",
        null=True,
        blank=True,
        help_text="Leave empty to keep the audit trail.",
    )

    panels = [
        HelpPanel(content="The nightly retention task and manage.py apply_retention apply these rules."),
        FieldPanel("reflections_months"),
        FieldPanel("inactive_learner_years"),
        FieldPanel("audit_years"),
    ]

    class Meta:
        verbose_name = "data retention rules"
