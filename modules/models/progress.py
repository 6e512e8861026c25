"""What each learner has done: lessons finished, first answers to myths, scenario choices, private notes."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Value
from django.db.models.functions import Cast
from django.utils import timezone

from .standing import ModuleStanding


class LearnerOwnedQuerySet(models.QuerySet):
    def for_learner(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(learner=user)


class LessonProgressQuerySet(LearnerOwnedQuerySet):
    def record(self, learner, lesson):
        """Mark a lesson complete; later calls keep the first time and note the latest review."""
        now = timezone.now()
        progress, created = self.get_or_create(
            learner=learner,
            lesson=lesson,
            defaults={"module_id": lesson.get_parent().pk, "completed_at": now, "last_completed_at": now},
        )
        if not created:
            self.filter(pk=progress.pk).update(last_completed_at=now)
        return progress


class LessonProgress(models.Model):
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    module = models.ForeignKey("modules.ModulePage", on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("modules.LessonPage", on_delete=models.CASCADE, related_name="progress")
    completed_at = models.DateTimeField(default=timezone.now)
    last_completed_at = models.DateTimeField(default=timezone.now, help_text="When the lesson was last reviewed.")

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "lesson progress"
        constraints = [models.UniqueConstraint(fields=["learner", "lesson"], name="one_progress_per_lesson")]
        indexes = [
            models.Index(fields=["learner", "module"]),
            # Who has begun a module, read from the index alone.
            models.Index(fields=["module", "learner"], name="progress_module_learner"),
        ]

    def __str__(self):
        return f"{self.learner} finished {self.lesson}"

    def save(self, *args, **kwargs):
        adding = self._state.adding
        with transaction.atomic():
            super().save(*args, **kwargs)
            if adding:
                ModuleStanding.objects.note_started(self.learner_id, self.module_id, self.completed_at)


class BlockResponseBase(models.Model):
    """Something a learner did with one block of one lesson."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("modules.LessonPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)

    objects = LearnerOwnedQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return f"{type(self)._meta.verbose_name} by {self.learner_id} on block {self.block_id}"


class MythResponseQuerySet(LearnerOwnedQuerySet):
    def record_first(self, **fields):
        """Keep the learner's first answer only: it is what the reports on persisting myths count."""
        try:
            with transaction.atomic():
                return self.create(**fields)
        except IntegrityError:
            return self.get(learner=fields["learner"], lesson=fields["lesson"], block_id=fields["block_id"])


class MythResponse(BlockResponseBase):
    """A learner's first answer to a myth-or-fact item, with the agency they were in at the time."""

    agency = models.ForeignKey("accounts.Agency", null=True, on_delete=models.SET_NULL, related_name="+")
    myth = models.ForeignKey("modules.Myth", null=True, blank=True, on_delete=models.SET_NULL, related_name="responses")
    statement = models.CharField(max_length=300, help_text="The statement as it was shown.")
    answered_true = models.BooleanField(help_text="The learner said it was a fact.")
    correct = models.BooleanField()
    answered_at = models.DateTimeField(default=timezone.now)

    objects = MythResponseQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson", "block_id"], name="one_first_myth_answer"),
        ]


class ScenarioResponse(BlockResponseBase):
    """The option a learner last chose in a practice scenario (formative, so it may change)."""

    option_index = models.PositiveSmallIntegerField()
    first_option_index = models.PositiveSmallIntegerField()
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson", "block_id"], name="one_scenario_response"),
        ]


class Reflection(BlockResponseBase):
    """A private note. Only its author ever sees it: no admin view or report reads this table."""

    text = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson", "block_id"], name="one_reflection_per_prompt"),
        ]


RESPONSE_COLUMNS = ["kind", "block_id", "answered_true", "correct", "option_index", "text", "updated_at"]
# Typed NULLs: PostgreSQL gives an untyped NULL the type text when it joins the first two branches.
NOTHING = {
    "answered_true": Cast(Value(None), models.BooleanField()),
    "correct": Cast(Value(None), models.BooleanField()),
    "option_index": Cast(Value(None), models.PositiveSmallIntegerField()),
    "text": Cast(Value(None), models.TextField()),
    "updated_at": Cast(Value(None), models.DateTimeField()),
}
RESPONSE_KINDS = {
    "myth": (MythResponse, ["answered_true", "correct"]),
    "scenario": (ScenarioResponse, ["option_index"]),
    "reflection": (Reflection, ["text", "updated_at"]),
}


def lesson_responses(learner, lesson):
    """{kind: {block id: response}}: the learner's myth answers, scenario choices and notes on a lesson, in one query.

    The responses are unsaved model instances carrying only what a lesson page shows.
    """
    branches = []
    for kind, (model, columns) in RESPONSE_KINDS.items():
        values = {**NOTHING, **{column: F(column) for column in columns}}
        annotated = model.objects.filter(learner=learner, lesson=lesson).annotate(
            r_kind=Value(kind), r_block_id=F("block_id"), **{f"r_{name}": value for name, value in values.items()}
        )
        branches.append(annotated.values_list(*(f"r_{name}" for name in RESPONSE_COLUMNS)))
    found = {kind: {} for kind in RESPONSE_KINDS}
    for row in branches[0].union(*branches[1:], all=True):
        kind, block_id, *rest = row
        model, columns = RESPONSE_KINDS[kind]
        fields = dict(zip(RESPONSE_COLUMNS[2:], rest, strict=True))
        found[kind][block_id] = model(block_id=block_id, **{column: fields[column] for column in columns})
    return found
