"""What each learning event says in xAPI: one builder per event, and the statement a given store receives.

A statement's id is a UUID 5 of the site's address and the event's identity ("lesson-completed:42"),
so building it again, or sending it twice, gives the same statement, which a store keeps once.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings

from . import vocabulary as iri


def statement_namespace():
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{iri.site_url()}/xapi/statements")


@dataclass(frozen=True)
class Event:
    """Something a learner did, as the facts a statement needs, before it is addressed to a store."""

    key: str
    verb: str
    learner: object
    object: dict
    timestamp: datetime
    agency: object = None
    job_role: str = ""
    revision_id: int | None = None
    result: dict | None = None
    parents: list = field(default_factory=list)
    grouping: list = field(default_factory=list)

    @property
    def statement_id(self):
        return uuid.uuid5(statement_namespace(), self.key)


def activity(kind, key, activity_type, name, **definition):
    return {
        "objectType": "Activity",
        "id": iri.activity(kind, key),
        "definition": {"type": activity_type, "name": {iri.LANGUAGE: name}, **definition},
    }


def module_activity(module_id, title):
    return activity("module", module_id, iri.MODULE, title)


def lesson_activity(lesson):
    return activity("lesson", lesson.pk, iri.LESSON, lesson.title)


def context_extensions(event):
    """Agency and job role at the time of the event, and the page revision the learner saw."""
    extensions = {}
    if event.agency is not None:
        extensions[iri.extension(iri.AGENCY)] = event.agency.name
    if event.job_role:
        extensions[iri.extension(iri.JOB_ROLE)] = event.job_role
    if event.revision_id is not None:
        extensions[iri.extension(iri.PAGE_REVISION)] = event.revision_id
    return extensions


def context(event):
    built = {"platform": settings.WAGTAIL_SITE_NAME, "language": iri.LANGUAGE}
    activities = {name: value for name, value in (("parent", event.parents), ("grouping", event.grouping)) if value}
    if activities:
        built["contextActivities"] = activities
    extensions = context_extensions(event)
    if extensions:
        built["extensions"] = extensions
    return built


def actor(learner, opaque_id, send_email):
    """The learner as the store knows them: an opaque account on this site, or their email if configured."""
    if send_email:
        return {"objectType": "Agent", "mbox": f"mailto:{learner.email}"}
    return {"objectType": "Agent", "account": {"homePage": iri.site_url(), "name": str(opaque_id)}}


def statement(event, opaque_id, send_email=False):
    """The statement one store receives for this event (stores differ only in how the actor is named)."""
    built = {
        "id": str(event.statement_id),
        "actor": actor(event.learner, opaque_id, send_email),
        "verb": iri.VERBS[event.verb],
        "object": event.object,
        "timestamp": event.timestamp.isoformat(),
        "context": context(event),
    }
    if event.result:
        built["result"] = event.result
    return built


def module_launched(learner, module, when):
    """The learner opened a lesson of a module in which they had finished nothing yet."""
    return Event(
        key=f"module-launched:{learner.pk}:{module.pk}",
        verb="launched",
        learner=learner,
        object=module_activity(module.pk, module.title),
        timestamp=when,
        agency=learner.agency,
        job_role=learner.job_role,
        revision_id=module.live_revision_id,
    )


def lesson_completed(progress, lesson, module):
    return Event(
        key=f"lesson-completed:{progress.pk}",
        verb="completed",
        learner=progress.learner,
        object=lesson_activity(lesson),
        timestamp=progress.completed_at,
        agency=progress.learner.agency,
        job_role=progress.learner.job_role,
        revision_id=lesson.live_revision_id,
        result={"completion": True},
        parents=[module_activity(module.pk, module.title)],
    )


def myth_answered(response, lesson):
    """The learner's first answer to a myth-or-fact item: "true" if they said it was a fact."""
    correct_answer = response.answered_true if response.correct else not response.answered_true
    item = activity(
        "lesson",
        f"{lesson.pk}/myth-or-fact/{response.block_id}",
        iri.INTERACTION,
        f"Myth or fact: {lesson.title}",
        description={iri.LANGUAGE: response.statement},
        interactionType="true-false",
        correctResponsesPattern=[str(correct_answer).lower()],
    )
    return Event(
        key=f"myth-answered:{response.pk}",
        verb="answered",
        learner=response.learner,
        object=item,
        timestamp=response.answered_at,
        agency=response.agency,
        job_role=response.learner.job_role,
        revision_id=lesson.live_revision_id,
        result={"response": str(response.answered_true).lower(), "success": response.correct},
        parents=[lesson_activity(lesson)],
    )


def quiz_activity(attempt, title):
    return activity("quiz", attempt.quiz_id or f"module-{attempt.module_id}", iri.ASSESSMENT, title)


def attempt_events(attempt, quiz_title, module_title):
    """A submitted attempt: "attempted", then "passed" or "failed" with the scaled score."""
    common = {
        "learner": attempt.learner,
        "object": quiz_activity(attempt, quiz_title),
        "agency": attempt.agency,
        "job_role": attempt.job_role,
        "revision_id": attempt.snapshot.revision_id,
        "parents": [module_activity(attempt.module_id, module_title)] if attempt.module_id else [],
    }
    score = {"scaled": attempt.correct / attempt.total if attempt.total else 0, "raw": attempt.correct}
    score.update(min=0, max=attempt.total)
    outcome = "passed" if attempt.passed else "failed"
    return [
        Event(key=f"quiz-attempted:{attempt.pk}", verb="attempted", timestamp=attempt.started_at, **common),
        Event(
            key=f"quiz-{outcome}:{attempt.pk}",
            verb=outcome,
            timestamp=attempt.submitted_at,
            result={"score": score, "success": bool(attempt.passed), "completion": True},
            **common,
        ),
    ]


def module_completed(completion):
    """A completion record: the module done, with the certificate's code so the store can link to it."""
    return Event(
        key=f"module-completed:{completion.pk}",
        verb="completed",
        learner=completion.learner,
        object=module_activity(completion.module_id or f"removed-{completion.pk}", completion.module_title),
        timestamp=completion.completed_at,
        agency=completion.agency,
        job_role=completion.job_role,
        revision_id=completion.module_revision_id,
        result={
            "completion": True,
            "success": True,
            "score": {"scaled": completion.score / 100},
            "extensions": {iri.extension(iri.CERTIFICATE_CODE): completion.certificate_code},
        },
    )
