"""Quiz pages, and every attempt a learner makes with what was asked and answered at the time."""

import random
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from elearning.page_access import CachedPrivacyMixin, SignInRequiredMixin
from elearning.page_routes import handled_by
from elearning.rich_text import RICH_TEXT_FEATURES

from .blocks import QuizStreamBlock
from .scoring import Question


class QuizPage(CachedPrivacyMixin, SignInRequiredMixin, RoutablePageMixin, Page):
    """The assessment at the end of a module, scored on the server. At most one per module."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        "pass mark (%)", default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_failed_attempts = models.PositiveSmallIntegerField(
        default=3,
        help_text="After this many failed attempts the learner is asked to revisit the lessons. 0: no limit.",
    )
    shuffle_choices = models.BooleanField(default=False, help_text="Show each learner the choices in a random order.")
    questions = StreamField(QuizStreamBlock(), min_num=1)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_failed_attempts"), FieldPanel("shuffle_choices")],
            heading="Rules",
        ),
        FieldPanel("questions"),
    ]
    parent_page_types = ["modules.ModulePage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = []

    class Meta:
        verbose_name = "quiz"

    take = handled_by("", "take", "quizzes.views.take_quiz")
    submit = handled_by("submit/", "submit", "quizzes.views.submit_quiz")
    result = handled_by("result/<int:attempt_id>/", "result", "quizzes.views.quiz_result")

    def snapshot(self):
        """What the quiz asks now, with answers: stored on the attempt, never sent to the browser."""
        questions = []
        for block in self.questions:
            value = block.value
            myth = value.get("myth")
            source = value.get("source")
            questions.append(
                {
                    "id": block.id,
                    "kind": value["kind"],
                    "text": value["text"],
                    "explanation": value["explanation"].source,
                    "source": dict(source) if source and source.get("title") else None,
                    "myth": {"statement": myth.statement, "slug": myth.slug} if myth else None,
                    "choices": [
                        {
                            "id": item.id,
                            "text": item.value["text"],
                            "correct": bool(item.value["correct"]),
                            "feedback": item.value["feedback"],
                        }
                        for item in value["choices"].bound_blocks
                    ],
                }
            )
        return questions


def shuffle_seed_for(quiz, chooser=None):
    """The seed that orders one attempt's choices, or 0 (the order as written) when the quiz does not shuffle."""
    if not quiz.shuffle_choices:
        return 0
    return (chooser or random.SystemRandom()).randrange(2**31)


class AttemptQuerySet(models.QuerySet):
    def for_learner(self, user):
        return self.filter(learner=user) if user.is_authenticated else self.none()

    def submitted(self):
        return self.filter(submitted_at__isnull=False)

    def open_for(self, learner, quiz):
        """The learner's one unsubmitted attempt at this quiz, opened on the live version if there is none."""
        attempt = self.filter(learner=learner, quiz=quiz, submitted_at__isnull=True).first()
        if attempt is None:
            attempt, _ = self.get_or_create(
                learner=learner,
                quiz=quiz,
                submitted_at=None,
                defaults={
                    "module_id": quiz.get_parent().pk,
                    "snapshot": QuizSnapshot.objects.of_live_version(quiz),
                    "shuffle_seed": shuffle_seed_for(quiz),
                },
            )
        return attempt


class QuizSnapshotQuerySet(models.QuerySet):
    def of_live_version(self, quiz):
        """The snapshot of the quiz as published now: one per revision, shared by every attempt on it."""
        snapshot, _ = self.get_or_create(
            quiz=quiz, revision_id=quiz.live_revision_id, defaults={"questions": quiz.snapshot()}
        )
        return snapshot


class QuizSnapshot(models.Model):
    """What a published version of a quiz asked, with the correct choices. Never sent to the browser."""

    quiz = models.ForeignKey(QuizPage, null=True, on_delete=models.SET_NULL, related_name="snapshots")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    questions = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = QuizSnapshotQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["quiz", "revision"], name="one_snapshot_per_quiz_revision")]

    def __str__(self):
        return f"Quiz {self.quiz_id} as of revision {self.revision_id}"

    def scoring_questions(self):
        """The questions as scoring sees them: ids, kind, choices and the correct ones."""
        return [
            Question(
                id=item["id"],
                kind=item["kind"],
                choice_ids=tuple(choice["id"] for choice in item["choices"]),
                correct_ids=frozenset(choice["id"] for choice in item["choices"] if choice["correct"]),
            )
            for item in self.questions
        ]


class Attempt(models.Model):
    """One go at a quiz: opened with a snapshot of the questions, then submitted exactly once."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="attempts")
    quiz = models.ForeignKey(QuizPage, null=True, on_delete=models.SET_NULL, related_name="attempts")
    module = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    snapshot = models.ForeignKey("quizzes.QuizSnapshot", on_delete=models.PROTECT, related_name="attempts")
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    shuffle_seed = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    agency = models.ForeignKey("accounts.Agency", null=True, on_delete=models.SET_NULL, related_name="+")
    job_role = models.CharField(max_length=150, blank=True)
    correct = models.PositiveSmallIntegerField(null=True)
    total = models.PositiveSmallIntegerField(null=True)
    score = models.PositiveSmallIntegerField(null=True, help_text="Percent, rounded down.")
    passed = models.BooleanField(null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "quiz"], condition=Q(submitted_at__isnull=True), name="one_open_attempt_per_quiz"
            )
        ]
        indexes = [models.Index(fields=["learner", "quiz", "submitted_at"])]

    def __str__(self):
        return f"Attempt {self.pk} by {self.learner_id}"

    @property
    def questions(self):
        """What was asked, with the correct choices, in the version the attempt opened on."""
        return self.snapshot.questions

    @property
    def revision_id(self):
        return self.snapshot.revision_id

    def scoring_questions(self):
        return self.snapshot.scoring_questions()

    def questions_for_display(self):
        """Questions and choices in the order this learner sees them, without correct answers."""
        shuffler = random.Random(self.shuffle_seed) if self.shuffle_seed else None  # noqa: S311 - display order only
        shown = []
        for item in self.questions:
            choices = [{"id": choice["id"], "text": choice["text"]} for choice in item["choices"]]
            if shuffler and item["kind"] != "myth_fact":
                shuffler.shuffle(choices)
            shown.append({"id": item["id"], "kind": item["kind"], "text": item["text"], "choices": choices})
        return shown


class Answer(models.Model):
    """What a learner chose for one question of a submitted attempt, and whether it was right."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=16)
    text = models.TextField()
    selected = models.JSONField(help_text="Ids of the choices the learner selected.")
    correct = models.BooleanField()

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "question_id"], name="one_answer_per_question")]

    def __str__(self):
        return f"Answer to {self.question_id} in attempt {self.attempt_id}"
