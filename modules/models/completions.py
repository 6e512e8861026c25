"""Completion records: written once when a learner passes a module, never changed or deleted."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from modules.statuses import CompletionState

from .standing import ModuleStanding

DUE_WINDOW = timedelta(days=60)


def new_certificate_code():
    """160 random bits, URL-safe: unguessable, so the code itself can be shared to verify a certificate."""
    return secrets.token_urlsafe(20)


class ImmutableRecord(Exception):
    """Raised on any attempt to change or delete a completion through the application."""


def completion_state(valid_until, day):
    """The one rule for a completion's state on `day`, as SQL over the `valid_until` lookup given:
    expired after it, due for refresher within 60 days of it, current before that."""
    return models.Case(
        models.When(**{f"{valid_until}__lt": day}, then=models.Value(CompletionState.EXPIRED)),
        models.When(**{f"{valid_until}__lte": day + DUE_WINDOW}, then=models.Value(CompletionState.DUE)),
        default=models.Value(CompletionState.CURRENT),
        output_field=models.CharField(),
    )


class CompletionQuerySet(models.QuerySet):
    def for_learner(self, user):
        return self.filter(learner=user) if user.is_authenticated else self.none()

    def with_state(self, day=None):
        """Each completion's `state` on `day` (today unless given), worked out by the database.

        The one rule for it is `completion_state`. The default manager applies it, so every completion
        read carries it.
        """
        return self.annotate(state=completion_state("valid_until", day or timezone.localdate()))

    def update(self, **kwargs):
        raise ImmutableRecord("Completion records are never updated.")

    def delete(self):
        raise ImmutableRecord("Completion records are never deleted.")


class CompletionManager(models.Manager.from_queryset(CompletionQuerySet)):
    def get_queryset(self):
        return super().get_queryset().with_state()


class Completion(models.Model):
    """Proof that a learner completed a module: every fact as it stood at that moment."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="completions")
    learner_name = models.CharField(max_length=150)
    module = models.ForeignKey("modules.ModulePage", null=True, on_delete=models.SET_NULL, related_name="completions")
    module_title = models.CharField(max_length=255)
    module_revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    module_revised_at = models.DateTimeField(help_text="When the module version the learner completed was published.")
    agency = models.ForeignKey("accounts.Agency", null=True, on_delete=models.SET_NULL, related_name="completions")
    agency_name = models.CharField(max_length=200, blank=True)
    job_role = models.CharField(max_length=150, blank=True)
    attempt = models.OneToOneField("quizzes.Attempt", on_delete=models.PROTECT, related_name="completion")
    score = models.PositiveSmallIntegerField(help_text="Percent.")
    completed_at = models.DateTimeField(default=timezone.now)
    valid_until = models.DateField()
    cpd_minutes = models.PositiveSmallIntegerField()
    certificate_code = models.CharField(max_length=40, unique=True, default=new_certificate_code, editable=False)
    sequence = models.PositiveSmallIntegerField(
        help_text="1 for the first completion of a module, 2 for its refresher."
    )

    objects = CompletionManager()

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "module", "sequence"], name="one_completion_per_cycle"),
        ]
        indexes = [
            models.Index(fields=["agency", "completed_at"]),
            models.Index(fields=["valid_until"]),
            # Each learner's latest completion of a module, read from the index alone on PostgreSQL.
            models.Index(
                fields=["module", "learner", "completed_at"],
                include=["id", "valid_until"],
                name="completion_module_learner",
            ),
        ]

    def __str__(self):
        return f"{self.learner_name}: {self.module_title} ({self.completed_at:%d %b %Y})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableRecord("Completion records are never updated.")
        with transaction.atomic():
            super().save(*args, **kwargs)
            if self.module_id is not None:
                ModuleStanding.objects.note_completion(self)

    def delete(self, *args, **kwargs):
        raise ImmutableRecord("Completion records are never deleted.")

    @property
    def state_label(self):
        """The label of `state`, which the default manager reads with every completion."""
        return CompletionState(self.state).label
