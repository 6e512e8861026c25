"""Every statement the platform builds, from a learner's real journey, checked against ralph's strict xAPI model."""

import uuid

import pytest
from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement

from xapi import vocabulary
from xapi.models import LearnerIdentity, QueuedStatement, RecordStore

from .conftest import MYTH, work_through

EXT = "http://testserver/xapi/extensions/"


@pytest.fixture
def sent(client, learner, course, store):
    """The statements queued for the store while the learner worked through the course, oldest first."""
    completion = work_through(client, learner, course)
    rows = QueuedStatement.objects.filter(store=store).order_by("pk")
    return completion, [row.statement for row in rows]


def verbs(statements):
    return [statement["verb"]["id"].rsplit("/", 1)[1] for statement in statements]


def test_a_journey_sends_each_event_once_in_order(sent):
    _, statements = sent

    assert verbs(statements) == [
        "launched",
        "answered",
        "completed",
        "completed",
        "attempted",
        "failed",
        "attempted",
        "passed",
        "completed",
    ]


def test_every_statement_is_valid_against_the_strict_xapi_model(sent):
    _, statements = sent

    for statement in statements:
        BaseXapiStatement.model_validate(statement)


def test_the_strict_model_refuses_a_statement_that_breaks_the_spec(sent):
    _, statements = sent
    passed = statements[7]
    broken = {**passed, "result": {**passed["result"], "score": {"scaled": 1.5}}}

    with pytest.raises(ValidationError):
        BaseXapiStatement.model_validate(broken)


def test_the_learner_is_an_opaque_account_on_this_site_not_their_email(sent, learner):
    _, statements = sent
    opaque = str(LearnerIdentity.objects.get(learner=learner).opaque_id)

    for statement in statements:
        assert statement["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": opaque},
        }
    assert learner.email not in str(statements)
    assert opaque != str(learner.pk)


def test_a_store_set_up_for_email_receives_the_learner_as_an_mbox(client, learner, course, lrs, agency):
    store = RecordStore.objects.create(
        name="NHS records", endpoint=lrs.endpoint, key="k", secret="s", all_agencies=True, send_email=True
    )
    work_through(client, learner, course)

    actors = [row.statement["actor"] for row in QueuedStatement.objects.filter(store=store)]
    assert len(actors) == 9
    assert all(actor == {"objectType": "Agent", "mbox": "mailto:learner@example.org"} for actor in actors)


def test_context_carries_the_agency_job_role_and_page_revision_then(sent, learner, course):
    completion, statements = sent
    lesson = course.get_children().first().specific

    lesson_completed = statements[2]["context"]["extensions"]
    assert lesson_completed == {
        EXT + "agency": "Hampshire Constabulary",
        EXT + "job-role": learner.job_role,
        EXT + "page-revision": lesson.live_revision_id,
    }
    assert statements[-1]["context"]["extensions"][EXT + "page-revision"] == completion.module_revision_id


def test_the_answer_carries_the_first_belief_and_whether_it_was_right(sent):
    _, statements = sent
    answered = statements[1]

    assert answered["result"] == {"response": "true", "success": False}
    assert answered["object"]["definition"]["interactionType"] == "true-false"
    assert answered["object"]["definition"]["correctResponsesPattern"] == ["false"]
    assert answered["object"]["definition"]["description"] == {"en-GB": MYTH}


def test_pass_and_fail_carry_the_scaled_score(sent):
    _, statements = sent
    failed, passed = statements[5], statements[7]

    assert failed["result"]["success"] is False
    assert failed["result"]["score"] == {"scaled": 0.0, "raw": 0, "min": 0, "max": 3}
    assert passed["result"] == {
        "score": {"scaled": 1.0, "raw": 3, "min": 0, "max": 3},
        "success": True,
        "completion": True,
    }
    assert passed["object"]["definition"]["type"] == vocabulary.ASSESSMENT


def test_module_completion_carries_the_certificate_code(sent, course):
    completion, statements = sent
    completed = statements[-1]

    assert completed["object"]["id"] == f"http://testserver/xapi/activities/module/{course.pk}"
    assert completed["result"]["extensions"] == {EXT + "certificate-code": completion.certificate_code}


def test_statement_ids_are_stable_uuids_of_the_event(sent):
    completion, statements = sent
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "http://testserver/xapi/statements")

    assert statements[-1]["id"] == str(uuid.uuid5(namespace, f"module-completed:{completion.pk}"))
    assert len({statement["id"] for statement in statements}) == len(statements)


def test_opening_the_lesson_again_before_finishing_one_queues_no_second_launch(client, learner, course, store):
    client.force_login(learner)
    lesson = course.get_children().first().specific
    client.get(lesson.url)
    client.get(lesson.url)

    assert verbs(row.statement for row in QueuedStatement.objects.filter(store=store)) == ["launched"]


def test_nothing_is_queued_while_no_store_is_set_up(client, learner, course):
    work_through(client, learner, course)

    assert not QueuedStatement.objects.exists()
    assert not LearnerIdentity.objects.exists()
