"""Which myths persist: the share of learners wrong at their first try, by agency and by sector.

Any group of fewer than five learners is suppressed, so that no individual can be identified.
"""

from collections import defaultdict

from django.db.models import Count, Min, Q

from elearning.accounts.models import Agency, Sector
from modules.models import MythResponse
from quizzes.models import Answer, Attempt

MINIMUM_GROUP = 5


def share(wrong, total):
    """The percentage wrong, or None when the group is too small to show."""
    if total < MINIMUM_GROUP:
        return None
    return round(100 * wrong / total)


def first_attempt_ids(agency_ids):
    attempts = Attempt.objects.submitted()
    if agency_ids is not None:
        attempts = attempts.filter(agency_id__in=agency_ids)
    return attempts.values("learner_id", "quiz_id").annotate(first=Min("id")).values("first")


def question_rows(agency_ids):
    """(key, label, agency id, total, wrong) for each quiz question at learners' first attempts."""
    answers = (
        Answer.objects.filter(attempt_id__in=first_attempt_ids(agency_ids))
        .values("question_id", "attempt__quiz__title", "attempt__module__title", "attempt__agency_id")
        .annotate(total=Count("id"), wrong=Count("id", filter=Q(correct=False)), text=Min("text"))
    )
    for row in answers:
        label = f"{row['attempt__module__title'] or 'Module'}: {row['text']}"
        yield (("question", row["question_id"]), label, row["attempt__agency_id"], row["total"], row["wrong"])


def myth_rows(agency_ids):
    """(key, label, agency id, total, wrong) for each myth-or-fact item in lessons (first answers only)."""
    responses = MythResponse.objects.all()
    if agency_ids is not None:
        responses = responses.filter(agency_id__in=agency_ids)
    grouped = responses.values("lesson_id", "block_id", "agency_id").annotate(
        total=Count("id"), wrong=Count("id", filter=Q(correct=False)), statement=Min("statement")
    )
    for row in grouped:
        yield (
            ("myth", row["lesson_id"], row["block_id"]),
            f"Myth or fact: {row['statement']}",
            row["agency_id"],
            row["total"],
            row["wrong"],
        )


def insight_table(agency_ids):
    """Rows sorted by overall share wrong: each with totals by agency and by sector, small groups suppressed."""
    agencies = {agency.pk: agency for agency in Agency.objects.all()}
    items = {}
    for key, label, agency_id, total, wrong in [*question_rows(agency_ids), *myth_rows(agency_ids)]:
        item = items.setdefault(
            key, {"label": label, "agencies": defaultdict(lambda: [0, 0]), "sectors": defaultdict(lambda: [0, 0])}
        )
        agency = agencies.get(agency_id)
        for group, name in (
            (item["agencies"], agency.name if agency else "No agency"),
            (item["sectors"], Sector(agency.sector).label if agency else "No agency"),
        ):
            group[name][0] += total
            group[name][1] += wrong
    rows = []
    for item in items.values():
        total = sum(value[0] for value in item["agencies"].values())
        wrong = sum(value[1] for value in item["agencies"].values())
        rows.append(
            {
                "label": item["label"],
                "total": total,
                "percent": share(wrong, total),
                "by_agency": sorted(
                    (name, values[0], share(values[1], values[0])) for name, values in item["agencies"].items()
                ),
                "by_sector": sorted(
                    (name, values[0], share(values[1], values[0])) for name, values in item["sectors"].items()
                ),
            }
        )
    rows.sort(key=lambda row: (row["percent"] is None, -(row["percent"] or 0), row["label"]))
    return rows
