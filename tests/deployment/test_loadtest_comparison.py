"""The load test's verdict (`make loadtest`): the comparison of the database with what the learners did.

The load test itself is not part of `make test`; these fast checks show that its comparison catches
each kind of damage it is there to find, so a passing load test means something.
"""

import copy

import pytest

from tests.performance.loadtest.compare import Window, compare, server_errors_outside, unfinished

MODULE = 7


def submission(token, intended, confirmed=True):
    return {"token": token, "intended": intended, "confirmed": confirmed}


def attempt(email, token, passed, answers=3):
    return {"email": email, "token": token, "submitted": True, "passed": passed, "total": 3, "answers": answers}


def completion(email, token, passed=True, attempt_email=None):
    return {
        "email": email,
        "module_id": MODULE,
        "attempt_token": token,
        "attempt_passed": passed,
        "attempt_email": attempt_email or email,
    }


@pytest.fixture
def run():
    """Two learners: one passed at once, one failed first and then passed; the database agrees."""
    journeys = [
        {"email": "a@example.org", "submissions": [submission("t1", "right")], "finished": True},
        {
            "email": "b@example.org",
            "submissions": [submission("t2", "wrong"), submission("t3", "right")],
            "finished": True,
        },
    ]
    database = {
        "attempts": [
            attempt("a@example.org", "t1", True),
            attempt("b@example.org", "t2", False),
            attempt("b@example.org", "t3", True),
            {**attempt("b@example.org", "t4", None), "submitted": False},  # opened, never submitted
        ],
        "completions": [completion("a@example.org", "t1"), completion("b@example.org", "t3")],
    }
    return journeys, copy.deepcopy(database)


def test_a_database_that_matches_what_the_learners_did_passes(run):
    journeys, database = run
    assert compare(journeys, database, MODULE) == []
    assert unfinished(journeys, 2) == []


def test_a_submission_recorded_twice_is_caught(run):
    journeys, database = run
    database["attempts"].append(attempt("b@example.org", "t5", True))  # a resent form stored as a new attempt

    assert compare(journeys, database, MODULE) == ["b@example.org: a submitted attempt t5 that no learner submitted"]


def test_an_attempt_with_its_answers_stored_twice_is_caught(run):
    journeys, database = run
    database["attempts"][0]["answers"] = 6

    assert compare(journeys, database, MODULE) == ["a@example.org: the attempt t1 has 6 answer rows for 3 questions"]


def test_a_submission_the_learner_saw_marked_but_the_database_lost_is_caught(run):
    journeys, database = run
    del database["attempts"][1]

    assert compare(journeys, database, MODULE) == [
        "b@example.org: the attempt t2 they submitted and saw marked is not recorded"
    ]


def test_a_submission_whose_answer_never_arrived_may_be_recorded_or_not(run):
    journeys, database = run
    journeys[1]["submissions"][0]["confirmed"] = False
    assert compare(journeys, database, MODULE) == []
    del database["attempts"][1]
    assert compare(journeys, database, MODULE) == []


def test_a_wrongly_marked_attempt_is_caught(run):
    journeys, database = run
    database["attempts"][1]["passed"] = True

    assert compare(journeys, database, MODULE) == ["b@example.org: the attempt t2 is recorded as passed=True"]


def test_a_completion_without_a_pass_is_caught(run):
    journeys, database = run
    database["completions"].append(completion("b@example.org", "t2", passed=False))

    assert compare(journeys, database, MODULE) == [
        "b@example.org: 2 completions, expected 1",
        "b@example.org: a completion without a passing attempt of their own",
    ]


def test_a_completion_on_someone_elses_pass_is_caught(run):
    journeys, database = run
    database["completions"][1] = completion("b@example.org", "t1", attempt_email="a@example.org")

    assert compare(journeys, database, MODULE) == ["b@example.org: a completion without a passing attempt of their own"]


def test_a_pass_without_its_completion_is_caught(run):
    journeys, database = run
    del database["completions"][0]

    assert compare(journeys, database, MODULE) == ["a@example.org: 0 completions, expected 1"]


def test_learners_who_gave_up_or_never_reported_are_listed(run):
    journeys, _ = run
    journeys[0].update(finished=False, broken="quiz: expected 200, got 403")

    assert unfinished(journeys, 3) == [
        "a@example.org: gave up (quiz: expected 200, got 403)",
        "only 2 of 3 learners reported back",
    ]


def test_server_errors_count_only_outside_the_fault_windows():
    windows = [Window("worker killed", 100.0, 102.0), Window("PostgreSQL restart", 200.0, 205.0)]
    requests = [
        {"t": 101.0, "name": "lesson", "status": 0},  # cut off by the killed worker
        {"t": 203.0, "name": "quiz", "status": 500},  # the database was restarting
        {"t": 150.0, "name": "quiz", "status": 200},
        {"t": 150.5, "name": "quiz", "status": 404},  # a client error is not a server error
        {"t": 210.0, "name": "submit quiz", "status": 502},
        {"t": 99.0, "name": "lesson", "status": 0},
    ]

    assert [record["t"] for record in server_errors_outside(requests, windows)] == [210.0, 99.0]
