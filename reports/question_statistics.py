"""Per quiz question, at learners' first attempts: right at first try, discrimination, wrong choices picked.

Every figure comes from aggregate queries, so the number of queries does not grow with learners.
The discrimination index is the share right in the top third of learners (by first-attempt score
on the quiz) less the share right in the bottom third; thirds are cut by SQL's NTILE, ties split
arbitrarily. A question answered by fewer than five learners shows no figures, and the index needs
five learners in each third.
"""

from collections import defaultdict

from django.db.models import Count, F, Q, Window
from django.db.models.functions import Ntile

from quizzes.models import Answer, Attempt, QuizSnapshot

from .insights import MINIMUM_GROUP, first_attempt_ids

LOW_DISCRIMINATION = 0.2  # a common rule of thumb: below this a question hardly separates learners


def first_attempts():
    return Attempt.objects.filter(pk__in=first_attempt_ids(None))


def third(number):
    """First attempts in the given third of their quiz by score: 1 the lowest, 3 the highest."""
    ranked = first_attempts().annotate(
        third=Window(Ntile(3), partition_by=[F("quiz_id")], order_by=[F("score").asc(), F("pk").asc()])
    )
    return ranked.filter(third=number).values("pk")


def question_counts():
    """{(quiz id, question id): counts} for every question answered at a first attempt."""
    top, bottom = Q(attempt__in=third(3)), Q(attempt__in=third(1))
    right = Q(correct=True)
    rows = (
        Answer.objects.filter(attempt__in=first_attempts())
        .values("attempt__quiz_id", "question_id")
        .annotate(
            learners=Count("id"),
            right=Count("id", filter=right),
            top=Count("id", filter=top),
            top_right=Count("id", filter=top & right),
            bottom=Count("id", filter=bottom),
            bottom_right=Count("id", filter=bottom & right),
        )
    )
    return {(row.pop("attempt__quiz_id"), row.pop("question_id")): row for row in rows}


def choice_counts():
    """{(quiz id, question id): {choice id: learners who picked it}} at first attempts."""
    rows = (
        Answer.objects.filter(attempt__in=first_attempts())
        .values("attempt__quiz_id", "question_id", "selected")
        .annotate(learners=Count("id"))
        .order_by()
    )
    picked = defaultdict(lambda: defaultdict(int))
    for row in rows:
        for choice_id in row["selected"]:
            picked[(row["attempt__quiz_id"], row["question_id"])][choice_id] += row["learners"]
    return picked


def asked_questions():
    """{(quiz id, question id): (module title, position, question)} as each quiz last asked it."""
    snapshots = (
        QuizSnapshot.objects.filter(quiz__isnull=False)
        .order_by("created_at", "pk")
        .values_list("quiz_id", "quiz__title", "questions")
    )
    modules = dict(
        Attempt.objects.filter(module__isnull=False).values_list("quiz_id", "module__title").distinct().order_by()
    )
    asked = {}
    for quiz_id, quiz_title, questions in snapshots:
        for position, question in enumerate(questions, start=1):
            asked[(quiz_id, question["id"])] = (modules.get(quiz_id, quiz_title), position, question)
    return asked


def percent(part, whole):
    return round(100 * part / whole) if whole else None


def discrimination(counts):
    if min(counts["top"], counts["bottom"]) < MINIMUM_GROUP:
        return None
    return round(counts["top_right"] / counts["top"] - counts["bottom_right"] / counts["bottom"], 2)


def wrong_choices(question, picked, learners):
    return [
        {"text": choice["text"], "percent": percent(picked.get(choice["id"], 0), learners)}
        for choice in question["choices"]
        if not choice["correct"]
    ]


def statistics_row(key, counts, picked, asked):
    module, position, question = asked
    row = {"module": module, "position": position, "text": question["text"], "learners": counts["learners"]}
    if counts["learners"] < MINIMUM_GROUP:
        return {**row, "suppressed": True}
    index = discrimination(counts)
    return {
        **row,
        "suppressed": False,
        "right_percent": percent(counts["right"], counts["learners"]),
        "discrimination": index,
        "low_discrimination": index is not None and index < LOW_DISCRIMINATION,
        "wrong_choices": wrong_choices(question, picked[key], counts["learners"]),
    }


def question_statistics():
    """One row per question answered at a first attempt, by module and order asked."""
    counts, picked, asked = question_counts(), choice_counts(), asked_questions()
    rows = [statistics_row(key, counts[key], picked, asked[key]) for key in counts if key in asked]
    return sorted(rows, key=lambda row: (row["module"], row["position"]))
