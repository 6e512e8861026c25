"""The myth-busting effect: did learners who believed a library myth in a lesson then get its quiz item right?

For each library myth, among learners who answered it in a lesson and later answered a quiz
question linked to it (the question block's `myth`) at their first attempt at that quiz: the share
who believed it at their first answer in a lesson, and the share who answered the quiz item right.
Grouped by module, agency and sector; any group of fewer than five learners is suppressed. A myth
whose belief does not fall (the share wrong at the quiz is no lower than the share who believed it)
is flagged.
"""

from collections import defaultdict

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When

from elearning.accounts.models import Agency, Sector
from modules.models import Myth, MythResponse
from quizzes.models import Answer, QuizSnapshot

from .insights import MINIMUM_GROUP, first_attempt_ids


def linked_questions():
    """{(quiz id, question id): myth id} for every quiz question that names a library myth."""
    slugs = {}
    for quiz_id, questions in QuizSnapshot.objects.filter(quiz__isnull=False).values_list("quiz_id", "questions"):
        for question in questions:
            if question.get("myth"):
                slugs[(quiz_id, question["id"])] = question["myth"]["slug"]
    myth_ids = dict(Myth.objects.filter(slug__in=set(slugs.values())).values_list("slug", "pk"))
    return {key: myth_ids[slug] for key, slug in slugs.items() if slug in myth_ids}


def first_lesson_answer(field):
    """The learner's first lesson answer to the myth, answered before the quiz attempt was submitted."""
    responses = MythResponse.objects.filter(
        learner_id=OuterRef("attempt__learner_id"),
        myth_id=OuterRef("myth_id"),
        answered_at__lte=OuterRef("attempt__submitted_at"),
    ).order_by("answered_at", "pk")
    return Subquery(responses.values(field)[:1])


def paired_counts(links):
    """Learners, believed in the lesson and right at the quiz, by myth, module and agency: one query."""
    myth_of_question = Case(
        *(
            When(attempt__quiz_id=quiz_id, question_id=question_id, then=Value(myth_id))
            for (quiz_id, question_id), myth_id in links.items()
        ),
        output_field=IntegerField(),
    )
    return (
        Answer.objects.filter(attempt__in=first_attempt_ids(None))
        .annotate(myth_id=myth_of_question)
        .filter(myth_id__isnull=False)
        .annotate(lesson_answer=first_lesson_answer("pk"), believed=first_lesson_answer("answered_true"))
        .filter(lesson_answer__isnull=False)
        .values("myth_id", "attempt__module__title", "attempt__agency_id")
        .annotate(
            learners=Count("attempt__learner_id", distinct=True),
            believed_count=Count("attempt__learner_id", filter=Q(believed=True), distinct=True),
            right_count=Count("attempt__learner_id", filter=Q(correct=True), distinct=True),
        )
        .order_by()
    )


def figures(counts):
    """Shares for one group, or None when it is too small to show."""
    learners, believed, right = counts
    if learners < MINIMUM_GROUP:
        return {"learners": learners, "suppressed": True}
    believed_percent = round(100 * believed / learners)
    right_percent = round(100 * right / learners)
    return {
        "learners": learners,
        "suppressed": False,
        "believed_percent": believed_percent,
        "right_percent": right_percent,
        "wrong_percent": 100 - right_percent,
        "not_falling": 100 - right_percent >= believed_percent,
    }


def add(totals, row):
    totals[0] += row["learners"]
    totals[1] += row["believed_count"]
    totals[2] += row["right_count"]


def myth_effect():
    """One row per library myth that learners met in a lesson and then in a quiz: overall and by group."""
    links = linked_questions()
    if not links:
        return []
    agencies = {agency.pk: agency for agency in Agency.objects.all()}
    grouped = defaultdict(
        lambda: {
            "all": [0, 0, 0],
            "module": defaultdict(lambda: [0, 0, 0]),
            "agency": defaultdict(lambda: [0, 0, 0]),
            "sector": defaultdict(lambda: [0, 0, 0]),
        }
    )
    for row in paired_counts(links):
        item = grouped[row["myth_id"]]
        agency = agencies.get(row["attempt__agency_id"])
        add(item["all"], row)
        add(item["module"][row["attempt__module__title"] or "Module"], row)
        add(item["agency"][agency.name if agency else "No agency"], row)
        add(item["sector"][Sector(agency.sector).label if agency else "No agency"], row)
    myths = Myth.objects.in_bulk(grouped.keys())
    rows = [
        {
            "myth": myths[myth_id],
            **figures(item["all"]),
            "groups": [
                (kind, name, figures(counts))
                for kind in ("module", "sector", "agency")
                for name, counts in sorted(item[kind].items())
            ],
        }
        for myth_id, item in grouped.items()
    ]
    rows.sort(key=lambda row: (row["suppressed"], not row.get("not_falling"), row["myth"].statement))
    return rows
