"""Realistic synthetic learners for demos and benchmarks: progress, attempts, completions, myth answers."""

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from faker import Faker

from elearning.accounts.models import Agency, Sector, User
from elearning.accounts.roles import LEARNERS
from quizzes.models import Answer, Attempt, QuizPage, QuizSnapshot, shuffle_seed_for
from quizzes.scoring import mark
from quizzes.submissions import build_answers, marked_fields

from .completions import build_completion
from .models import Completion, LessonPage, LessonProgress, ModulePage, ModuleStanding, MythResponse

JOB_ROLES = {
    Sector.POLICE: ["Police constable", "Detective constable", "Sergeant", "Call handler"],
    Sector.CHILDRENS_SOCIAL_CARE: ["Social worker", "Senior practitioner", "Family support worker"],
    Sector.HEALTH: ["Community midwife", "Health visitor", "GP", "Mental health nurse", "Emergency nurse"],
    Sector.PROBATION: ["Probation officer", "Probation services officer"],
    Sector.YOUTH_JUSTICE: ["Youth justice worker", "Case manager"],
    Sector.EDUCATION: ["Designated safeguarding lead", "Teacher", "Pastoral lead"],
    Sector.ADULT_SERVICES: ["Substance misuse worker", "Recovery worker", "Adult social worker"],
    Sector.VOLUNTARY_SECTOR: ["Domestic abuse support worker", "IDVA", "Outreach worker"],
    Sector.OTHER: ["Practitioner"],
}
UNUSABLE_PASSWORD = make_password(None)


@dataclass
class ModulePlan:
    module: ModulePage
    lessons: list
    quiz: QuizPage
    snapshot: QuizSnapshot
    myth_blocks: list

    @cached_property
    def questions(self):
        """The quiz's questions as scoring sees them, read once from the shared snapshot."""
        return self.snapshot.scoring_questions()


def module_plans():
    plans = []
    for module in ModulePage.objects.live().select_related("live_revision").order_by("path"):
        quiz = QuizPage.objects.live().child_of(module).first()
        lessons = list(LessonPage.objects.live().child_of(module).order_by("path"))
        if quiz is None or not lessons:
            continue
        myth_blocks = [
            (lesson, block.id, item)
            for lesson in lessons
            for block in lesson.body
            if block.block_type == "myth_fact" and (item := block.block.item(block.value)) is not None
        ]
        plans.append(ModulePlan(module, lessons, quiz, QuizSnapshot.objects.of_live_version(quiz), myth_blocks))
    return plans


class Seeder:
    """Builds learners in batches with bulk inserts; the same seed gives the same people."""

    def __init__(self, seed, plans, agencies):
        self.random = random.Random(seed)  # noqa: S311 - synthetic data, not security
        self.faker = Faker("en_GB")
        self.faker.seed_instance(seed)
        self.seed = seed
        self.plans = plans
        self.agencies = agencies
        self.learners_group = Group.objects.get_or_create(name=LEARNERS)[0]
        self.now = timezone.now()
        # Each question and myth gets a difficulty, so the insights report has a shape to show.
        self.difficulty = {}

    def hard(self, key):
        if key not in self.difficulty:
            self.difficulty[key] = self.random.choice([0.05, 0.1, 0.2, 0.35, 0.5])
        return self.difficulty[key]

    @transaction.atomic
    def batch(self, start, count):
        users = [self.person(number) for number in range(start, start + count)]
        User.objects.bulk_create(users, batch_size=1000)
        users = list(User.objects.filter(email__in=[user.email for user in users]).select_related("agency"))
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=user.pk, group_id=self.learners_group.pk) for user in users],
            batch_size=2000,
        )
        rows = {"progress": [], "attempts": [], "myths": [], "finished": []}
        for user in users:
            for plan in self.plans:
                if user.agency.sector in plan.module.sectors:
                    self.learn(user, plan, rows)
        self.insert(rows)
        # Bulk inserts skip the models' own save, which keeps each learner's standing with each module.
        ModuleStanding.objects.rebuild(user.pk for user in users)
        return len(users)

    def insert(self, rows):
        """Write a batch's rows with bulk inserts: attempts first, so answers and completions can point at them."""
        LessonProgress.objects.bulk_create(rows["progress"], batch_size=2000)
        MythResponse.objects.bulk_create(rows["myths"], batch_size=2000)
        Attempt.objects.bulk_create([attempt for attempt, *_ in rows["attempts"]], batch_size=1000)
        Answer.objects.bulk_create(
            [
                answer
                for attempt, plan, selections, result in rows["attempts"]
                for answer in build_answers(attempt, plan.questions, selections, result.marks)
            ],
            batch_size=5000,
        )
        Completion.objects.bulk_create(
            [
                build_completion(attempt, attempt.learner, plan.module, 1, attempt.submitted_at)
                for attempt, plan in rows["finished"]
            ],
            batch_size=1000,
        )

    def person(self, number):
        agency = self.random.choice(self.agencies)
        joined = self.now - timedelta(days=self.random.randint(30, 1800))
        return User(
            email=f"synthetic-{self.seed}-{number}@example.invalid",
            full_name=self.faker.name(),
            agency=agency,
            job_role=self.random.choice(JOB_ROLES[agency.sector]),
            password=UNUSABLE_PASSWORD,
            date_joined=joined,
            # In post since they joined, so new-starter deadlines fall in the past as well as the future.
            in_post_since=timezone.localtime(joined).date(),
        )

    def learn(self, user, plan, rows):
        """Add one learner's history with one module to `rows`: progress, myth answers, attempts, a completion."""
        roll = self.random.random()
        if roll < 0.25:
            return
        done = len(plan.lessons) if roll > 0.45 else self.random.randint(1, len(plan.lessons) - 1 or 1)
        when = self.now - timedelta(days=self.random.randint(1, 1500))
        for lesson in plan.lessons[:done]:
            rows["progress"].append(
                LessonProgress(
                    learner=user, module=plan.module, lesson=lesson, completed_at=when, last_completed_at=when
                )
            )
            for myth_lesson, block_id, item in plan.myth_blocks:
                if myth_lesson.pk == lesson.pk and self.random.random() < 0.8:
                    correct = self.random.random() > self.hard(block_id)
                    rows["myths"].append(
                        MythResponse(
                            learner=user,
                            lesson=lesson,
                            block_id=block_id,
                            agency=user.agency,
                            myth=item.myth,
                            statement=item.statement[:300],
                            answered_true=item.is_true if correct else not item.is_true,
                            correct=correct,
                            answered_at=when,
                        )
                    )
        if done < len(plan.lessons):
            return
        for _ in range(self.random.choice([1, 1, 1, 2, 3])):
            marks = {question.id: self.random.random() > self.hard(question.id) for question in plan.questions}
            attempt, selections, result = self.submitted_attempt(user, plan, marks, when)
            rows["attempts"].append((attempt, plan, selections, result))
            if result.passed:
                rows["finished"].append((attempt, plan))
                return
            when += timedelta(days=1)

    def submitted_attempt(self, user, plan, marks, when):
        """An attempt submitted eight minutes after `when`, choosing right or wrong as `marks` says,
        marked by the quiz's own scoring: (unsaved attempt, selections, result)."""
        selections = {question.id: self.choose(question, marks[question.id]) for question in plan.questions}
        result = mark(plan.questions, selections, plan.quiz.pass_mark)
        attempt = Attempt(
            learner=user,
            quiz=plan.quiz,
            module=plan.module,
            snapshot=plan.snapshot,
            token=uuid.uuid4(),
            shuffle_seed=shuffle_seed_for(plan.quiz, self.random),
            started_at=when,
            submitted_at=when + timedelta(minutes=8),
            **marked_fields(result, user),
        )
        return attempt, selections, result

    @staticmethod
    def choose(question, right):
        """The correct choices, or a single wrong one (part of the right answer where every choice is right)."""
        correct = [choice for choice in question.choice_ids if choice in question.correct_ids]
        if right:
            return tuple(correct)
        wrong = [choice for choice in question.choice_ids if choice not in question.correct_ids]
        return tuple(wrong[:1] or correct[:1])


def seeder(seed):
    plans = module_plans()
    agencies = list(Agency.objects.all())
    if not plans or not agencies:
        return None
    return Seeder(seed, plans, agencies)
