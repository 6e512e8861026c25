"""Each learner's standing with each module, kept as lessons are finished and completions written.

One row per learner and module: when they first finished a lesson of it, and their latest completion
(the one with the latest `completed_at`, the higher id on a tie). Required-training status
(`training.rule.with_status`) reads it as one join on (learner, module), instead of working out
"latest completion" and "has begun" from every completion and lesson row of the module per requirement.

The row is a summary of facts kept elsewhere, never edited by hand: `LessonProgress.save` and
`Completion.save` fold each new row in with conditional updates, so concurrent writers can only move
it forwards; `rebuild` recomputes it from those rows after bulk inserts that bypass `save`.
Having begun a module stays a fact once recorded, even if the lesson is later deleted.
"""

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import Min, Q


class ModuleStandingQuerySet(models.QuerySet):
    def note_started(self, learner_id, module_id, at):
        """Fold in a finished lesson: the standing's `started_at` becomes the earliest one seen."""
        standing, created = self.get_or_create(learner_id=learner_id, module_id=module_id, defaults={"started_at": at})
        if not created and (standing.started_at is None or standing.started_at > at):
            self.filter(pk=standing.pk).filter(Q(started_at__isnull=True) | Q(started_at__gt=at)).update(started_at=at)

    def note_completion(self, completion):
        """Fold in a new completion: it becomes the latest unless a later one is already there."""
        latest = {
            "latest_completion_id": completion.pk,
            "latest_completed_at": completion.completed_at,
            "latest_valid_until": completion.valid_until,
        }
        standing, created = self.get_or_create(
            learner_id=completion.learner_id, module_id=completion.module_id, defaults=latest
        )
        if not created:
            earlier = (
                Q(latest_completed_at__isnull=True)
                | Q(latest_completed_at__lt=completion.completed_at)
                | Q(latest_completed_at=completion.completed_at, latest_completion_id__lt=completion.pk)
            )
            self.filter(pk=standing.pk).filter(earlier).update(**latest)

    def rebuild(self, learner_ids=None):
        """Recompute the standings of these learners (everyone when None) from their lessons and completions."""
        rebuild(self.model, apps.get_model("modules.LessonProgress"), apps.get_model("modules.Completion"), learner_ids)


def rebuild(standing_model, lesson_progress_model, completion_model, learner_ids=None, chunk=5000):
    """`ModuleStanding.objects.rebuild`, written against the models it is given so a migration can run it.

    Everyone's standings are rebuilt `chunk` learners at a time, so memory stays flat however many there are.
    """
    lessons = lesson_progress_model.objects.all()
    completions = completion_model._base_manager.filter(module__isnull=False)
    if learner_ids is None:
        learners = (
            lessons.order_by()
            .values_list("learner_id", flat=True)
            .union(completions.order_by().values_list("learner_id", flat=True))
        )
        everyone = sorted(learners)
        standing_model.objects.all().delete()
        for start in range(0, len(everyone), chunk):
            rebuild(standing_model, lesson_progress_model, completion_model, everyone[start : start + chunk])
        return
    learner_ids = list(learner_ids)
    lessons, completions, standings = (
        rows.filter(learner__in=learner_ids) for rows in (lessons, completions, standing_model.objects.all())
    )
    rows = {}
    for first in lessons.values("learner_id", "module_id").annotate(at=Min("completed_at")).order_by():
        rows[first["learner_id"], first["module_id"]] = standing_model(
            learner_id=first["learner_id"], module_id=first["module_id"], started_at=first["at"]
        )
    ordered = completions.order_by("learner_id", "module_id", "-completed_at", "-pk")
    for learner_id, module_id, pk, completed_at, valid_until in ordered.values_list(
        "learner_id", "module_id", "pk", "completed_at", "valid_until"
    ).iterator(chunk_size=5000):
        standing = rows.setdefault((learner_id, module_id), standing_model(learner_id=learner_id, module_id=module_id))
        if standing.latest_completion_id is None:
            standing.latest_completion_id = pk
            standing.latest_completed_at = completed_at
            standing.latest_valid_until = valid_until
    with transaction.atomic():
        standings.delete()
        standing_model.objects.bulk_create(rows.values(), batch_size=2000)


class ModuleStanding(models.Model):
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_standings")
    module = models.ForeignKey("modules.ModulePage", on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(null=True, help_text="When the learner first finished a lesson of the module.")
    latest_completion = models.ForeignKey("modules.Completion", null=True, on_delete=models.SET_NULL, related_name="+")
    latest_completed_at = models.DateTimeField(null=True)
    latest_valid_until = models.DateField(null=True)

    objects = ModuleStandingQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "module"], name="one_standing_per_module")]
        indexes = [
            # Everyone's standing with one module, read from the index alone on PostgreSQL.
            models.Index(
                fields=["module", "learner"],
                include=["started_at", "latest_completed_at", "latest_valid_until"],
                name="standing_module_learner",
            ),
        ]

    def __str__(self):
        return f"{self.learner} and {self.module}"
