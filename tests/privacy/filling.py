"""One row in every table of the personal-data registry for a person, each marked with a tag of theirs."""

from datetime import date
from types import SimpleNamespace

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.admin.models import EditingSession, FormState
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import (
    APIToken,
    Comment,
    CommentReply,
    PageSubscription,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowState,
)
from wagtail.users.models import UserProfile

from elearning.home.models import InformationPage
from modules.factories import CaseStudyFactory, MythFactory, SupportServiceFactory
from modules.models import LessonPage, MythResponse, Reflection, ScenarioResponse
from onboarding.models import Employment, Invitation, StaffImport
from privacy import audit
from privacy.models import AuditAction
from tests.modules.fixtures import pass_module
from training.models import ReminderKind, ReminderPreference, SentReminder
from xapi.models import LearnerIdentity


def learning(person, tag, module):
    """Progress, attempts, answers and a completion (by passing), then a myth answer, a scenario, a reflection."""
    completion = pass_module(person, module)
    lesson = module.get_children().type(LessonPage).specific().first()
    MythResponse.objects.create(
        learner=person,
        lesson=lesson,
        block_id=f"myth-{tag}",
        statement=f"Myth seen by {tag}",
        answered_true=True,
        correct=False,
        agency=person.agency,
    )
    ScenarioResponse.objects.create(
        learner=person, lesson=lesson, block_id=f"scenario-{tag}", option_index=2, first_option_index=1
    )
    Reflection.objects.create(learner=person, lesson=lesson, block_id=f"reflection-{tag}", text=f"Thoughts of {tag}")
    return completion


def audit_rows(person, tag):
    audit.record(None, AuditAction.INSPECT, report=f"Looked at {tag}", subject=person, target=f"record of {tag}")
    audit.record(SimpleNamespace(user=person), AuditAction.EXPORT, report=f"Exported by {tag}", row_count=3)


def sign_in(person, tag):
    EmailAddress.objects.create(user=person, email=person.email, verified=True, primary=True)
    SocialAccount.objects.create(user=person, provider="openid_connect", uid=f"uid-{tag}")
    UserProfile.get_for_user(person)
    APIToken.objects.create(user=person, name=f"token of {tag}", key_hash=f"hash-{tag}", prefix=tag[:8])


def authoring(person, tag, parent_page):
    page = parent_page.add_child(
        instance=InformationPage(title=f"Page by {tag}", body="<p>Notes</p>", owner=person, locked_by=person)
    )
    revision = page.save_revision(user=person)
    log(instance=page, action="wagtail.edit", user=person)
    log(instance=person.agency, action="wagtail.edit", user=person)
    page_type = ContentType.objects.get_for_model(page)
    EditingSession.objects.create(user=person, content_type=page_type, object_id=page.pk, last_seen_at=timezone.now())
    FormState.objects.create(
        user=person,
        content_type=page_type,
        object_id=page.pk,
        parent_object_id="",
        data={},
        last_updated_at=timezone.now(),
    )
    PageSubscription.objects.create(user=person, page=page, comment_notifications=True)
    workflow = Workflow.objects.create(name=f"Workflow {tag}")
    task = Task.objects.create(name=f"Task {tag}")
    state = WorkflowState.objects.create(
        content_type=page_type,
        base_content_type=page_type,
        object_id=str(page.pk),
        workflow=workflow,
        requested_by=person,
    )
    TaskState.objects.create(
        workflow_state=state,
        revision=revision,
        task=task,
        content_type=page_type,
        finished_by=person,
        comment=f"Approved by {tag}",
    )
    comment = Comment.objects.create(
        page=page,
        user=person,
        text=f"Comment by {tag}",
        contentpath="title",
        resolved_by=person,
        resolved_at=timezone.now(),
    )
    CommentReply.objects.create(comment=comment, user=person, text=f"Reply by {tag}")
    Image.objects.create(title=f"Image by {tag}", file=get_test_image_file(), uploaded_by_user=person)
    Document.objects.create(
        title=f"Document by {tag}", file=ContentFile(b"notes", "notes.txt"), uploaded_by_user=person
    )
    UploadedFile.objects.create(file=ContentFile(b"x", f"upload-{tag}.txt"), uploaded_by_user=person)
    MythFactory(statement=f"Myth locked by {tag}", slug=f"myth-{tag}", locked=True, locked_by=person)
    CaseStudyFactory(title=f"Case study locked by {tag}", slug=f"case-{tag}", locked=True, locked_by=person)
    SupportServiceFactory(name=f"Service locked by {tag}", slug=f"service-{tag}", locked=True, locked_by=person)


def records_sent(person):
    LearnerIdentity.objects.get_or_create(learner=person)


def onboarding(person, tag):
    Employment.objects.create(user=person, team=f"Team of {tag}", start_date=date(2026, 1, 5))
    Invitation.objects.create(user=person, sent_count=1, sent_at=timezone.now())
    StaffImport.objects.create(agency=person.agency, created_by=person, filename=f"staff-of-{tag}.csv", content=b"")


def reminders(person, tag):
    SentReminder.objects.create(
        person=person, kind=ReminderKind.DUE_SOON, key=f"{tag}:2026-12-31", due_on=date(2026, 12, 31)
    )
    ReminderPreference.objects.create(person=person, weekly_digest=True)


def fill_every_table(person, tag, module, parent_page):
    completion = learning(person, tag, module)
    audit_rows(person, tag)
    sign_in(person, tag)
    authoring(person, tag, parent_page)
    records_sent(person)
    onboarding(person, tag)
    reminders(person, tag)
    return completion
