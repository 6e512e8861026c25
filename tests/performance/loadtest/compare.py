"""Compare what the simulated learners did with what the database holds afterwards.

Pure functions over plain data, so the rules can be tested without running the load test.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    """A stretch of time (epoch seconds) in which a fault was injected and errors are expected."""

    label: str
    start: float
    end: float

    def holds(self, moment):
        return self.start <= moment <= self.end


def is_server_error(record):
    return record["status"] == 0 or record["status"] >= 500


def server_errors_outside(requests, windows):
    """Requests answered with a 5xx, or not answered at all, outside every fault window."""
    return [record for record in requests if is_server_error(record) and not any(w.holds(record["t"]) for w in windows)]


def compare(journeys, database, module_id):
    """Every problem found, as sentences; an empty list means the database matches what the learners did.

    `journeys`: per learner, the quiz attempts they submitted (token, "right" or "wrong" answers, and
    whether they saw the result). `database`: the attempts (with their answer rows) and completions
    the database holds for those learners.
    """
    problems = []
    attempts = defaultdict(list)
    for attempt in database["attempts"]:
        attempts[attempt["token"]].append(attempt)
    submitted_tokens = {}
    for journey in journeys:
        for submission in journey["submissions"]:
            submitted_tokens[submission["token"]] = (journey["email"], submission)

    for token, (email, submission) in submitted_tokens.items():
        rows = [row for row in attempts.get(token, []) if row["submitted"]]
        if not rows:
            if submission["confirmed"]:
                problems.append(f"{email}: the attempt {token} they submitted and saw marked is not recorded")
            continue
        if len(rows) > 1:
            problems.append(f"{email}: the attempt {token} is recorded {len(rows)} times")
        row = rows[0]
        if row["email"] != email:
            problems.append(f"{email}: the attempt {token} is recorded for {row['email']}")
        if row["passed"] != (submission["intended"] == "right"):
            problems.append(f"{email}: the attempt {token} is recorded as passed={row['passed']}")
        if row["answers"] != row["total"]:
            problems.append(
                f"{email}: the attempt {token} has {row['answers']} answer rows for {row['total']} questions"
            )

    for token, rows in attempts.items():
        if token not in submitted_tokens and any(row["submitted"] for row in rows):
            problems.append(f"{rows[0]['email']}: a submitted attempt {token} that no learner submitted")

    passed = {  # a passing submission counts once it is recorded, whether or not the learner saw the result
        email
        for token, (email, submission) in submitted_tokens.items()
        if submission["intended"] == "right" and any(row["submitted"] for row in attempts.get(token, []))
    }
    completions = Counter(row["email"] for row in database["completions"] if row["module_id"] == module_id)
    for journey in journeys:
        email = journey["email"]
        expected = 1 if email in passed else 0
        if completions[email] != expected:
            problems.append(f"{email}: {completions[email]} completions, expected {expected}")
    for row in database["completions"]:
        if not row["attempt_passed"] or row["attempt_email"] != row["email"]:
            problems.append(f"{row['email']}: a completion without a passing attempt of their own")
        elif row["attempt_token"] not in submitted_tokens:
            problems.append(f"{row['email']}: a completion for an attempt no learner submitted")
    return problems


def unfinished(journeys, expected_learners):
    """Learners who did not reach their certificate, and why."""
    problems = [
        f"{journey['email']}: gave up ({journey.get('broken', 'unknown')})"
        for journey in journeys
        if not journey["finished"]
    ]
    if len(journeys) < expected_learners:
        problems.append(f"only {len(journeys)} of {expected_learners} learners reported back")
    return problems
