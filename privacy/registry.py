"""Every table that holds personal data, in one place: what a subject-access copy shows from it, and
what erasure does to it.

A test walks every installed model with a foreign key to the user model and fails if one of its
keys is missing here, so a new table cannot be forgotten. Models are named by label, so this
module imports none of them.
"""

from dataclasses import dataclass, field
from enum import Enum


class OnErasure(Enum):
    DELETE = "deleted"
    SCRUB = "kept with the personal fields replaced"
    KEEP = "kept: holds no name, email or free text once the account is anonymised"


@dataclass(frozen=True)
class PersonalData:
    model: str
    person: str  # the lookup from a row to the user it is about
    heading: str
    fields: tuple
    on_erasure: OnErasure = OnErasure.KEEP
    scrub: dict = field(default_factory=dict)
    why_kept: str = ""

    @property
    def key(self):
        return (self.model, self.person)


ANONYMISED_NAME = "Anonymised learner"

LEARNING = [
    PersonalData(
        "modules.LessonProgress",
        "learner",
        "Lessons finished",
        ("module__title", "lesson__title", "completed_at", "last_completed_at"),
        why_kept="counted in the training status reports",
    ),
    PersonalData(
        "modules.MythResponse",
        "learner",
        "First answers to myth-or-fact items",
        ("lesson__title", "statement", "answered_true", "correct", "agency__name", "answered_at"),
        why_kept="counted in the myth insights",
    ),
    PersonalData(
        "modules.ScenarioResponse",
        "learner",
        "Choices in practice scenarios",
        ("lesson__title", "block_id", "first_option_index", "option_index", "answered_at"),
        why_kept="holds only the option numbers chosen",
    ),
    PersonalData(
        "modules.Reflection",
        "learner",
        "Private reflections",
        ("lesson__title", "text", "updated_at"),
        on_erasure=OnErasure.DELETE,
    ),
    PersonalData(
        "quizzes.Attempt",
        "learner",
        "Quiz attempts",
        ("id", "quiz__title", "agency__name", "job_role", "started_at", "submitted_at", "score", "passed"),
        why_kept="counted in the question statistics",
    ),
    PersonalData(
        "quizzes.Answer",
        "attempt__learner",
        "Answers given in quiz attempts",
        ("attempt_id", "position", "text", "selected", "correct"),
        why_kept="holds the question as asked and the choices selected, no free text",
    ),
    PersonalData(
        "modules.Completion",
        "learner",
        "Completions and certificates",
        (
            "module_title",
            "agency_name",
            "job_role",
            "score",
            "completed_at",
            "valid_until",
            "cpd_minutes",
            "certificate_code",
            "learner_name",
        ),
        on_erasure=OnErasure.SCRUB,
        scrub={"learner_name": ANONYMISED_NAME},
        why_kept="proof of training for the agency; the certificate verifies as 'record anonymised'",
    ),
    PersonalData(
        "modules.ModuleStanding",
        "learner",
        "Modules begun and your latest completion of each",
        ("module__title", "started_at", "latest_completed_at", "latest_valid_until"),
        why_kept="a summary of the lessons and completions kept above, counted in the compliance report",
    ),
]

AUDIT = [
    PersonalData(
        "privacy.AuditEntry",
        "subject",
        "Who has looked at or downloaded your records",
        ("at", "action", "report", "target", "actor__full_name"),
        why_kept="the record of who looked at whose data is kept under its own retention rule",
    ),
    PersonalData(
        "privacy.AuditEntry",
        "actor",
        "Records you have looked at or downloaded",
        ("at", "action", "report", "filters", "row_count", "target"),
        why_kept="the record of who looked at whose data is kept under its own retention rule",
    ),
]

SIGN_IN = [
    PersonalData("account.EmailAddress", "user", "Email addresses", ("email", "verified", "primary"), OnErasure.DELETE),
    PersonalData(
        "socialaccount.SocialAccount",
        "user",
        "Single sign-on identities",
        ("provider", "uid", "last_login", "date_joined"),
        OnErasure.DELETE,
    ),
    PersonalData("wagtailusers.UserProfile", "user", "Admin preferences", ("preferred_language",), OnErasure.DELETE),
    PersonalData("wagtailcore.APIToken", "user", "Access tokens", ("name", "prefix", "created"), OnErasure.DELETE),
    PersonalData("wagtailadmin.EditingSession", "user", "Open editing sessions", ("last_seen_at",), OnErasure.DELETE),
    PersonalData("wagtailadmin.FormState", "user", "Saved admin form states", ("id",), OnErasure.DELETE),
    PersonalData("wagtailcore.PageSubscription", "user", "Page comment subscriptions", ("page_id",), OnErasure.DELETE),
]

AUTHORING_REASON = "the content's editing history; learners never author content"
AUTHORING = [
    PersonalData(label, person, heading, fields, why_kept=AUTHORING_REASON)
    for label, person, heading, fields in [
        ("wagtailcore.Page", "owner", "Pages you created", ("id", "title")),
        ("wagtailcore.Page", "locked_by", "Pages you have locked", ("id", "title")),
        ("modules.Myth", "locked_by", "Library myths you have locked", ("id", "statement")),
        ("modules.CaseStudy", "locked_by", "Library case studies you have locked", ("id", "title")),
        ("modules.SupportService", "locked_by", "Library support services you have locked", ("id", "name")),
        ("wagtailcore.Revision", "user", "Content revisions you saved", ("id", "object_str", "created_at")),
        ("wagtailcore.PageLogEntry", "user", "Page history entries", ("action", "label", "timestamp")),
        ("wagtailcore.ModelLogEntry", "user", "Admin history entries", ("action", "label", "timestamp")),
        ("wagtailcore.WorkflowState", "requested_by", "Workflow requests", ("id", "status", "created_at")),
        ("wagtailcore.TaskState", "finished_by", "Workflow tasks finished", ("status", "finished_at", "comment")),
        ("wagtailcore.Comment", "user", "Comments on pages", ("text", "created_at")),
        ("wagtailcore.Comment", "resolved_by", "Comments you resolved", ("id", "resolved_at")),
        ("wagtailcore.CommentReply", "user", "Replies to comments", ("text", "created_at")),
        ("wagtailimages.Image", "uploaded_by_user", "Images you uploaded", ("id", "title", "created_at")),
        ("wagtaildocs.Document", "uploaded_by_user", "Documents you uploaded", ("id", "title", "created_at")),
        ("wagtailcore.UploadedFile", "uploaded_by_user", "Files being uploaded", ("id", "file")),
    ]
]

RECORDS_SENT = [
    PersonalData(
        "xapi.LearnerIdentity",
        "learner",
        "Your identifier in the learning records sent to your agency's record store",
        ("opaque_id",),
        OnErasure.DELETE,
    ),
]

ONBOARDING = [
    PersonalData(
        "onboarding.Employment",
        "user",
        "Team and start date from your agency's staff list",
        ("team", "start_date"),
        OnErasure.DELETE,
    ),
    PersonalData(
        "onboarding.Invitation",
        "user",
        "Your invitation to set a password",
        ("created_at", "sent_at", "sent_count", "used_at"),
        OnErasure.DELETE,
    ),
    PersonalData(
        "onboarding.StaffImport",
        "created_by",
        "Staff lists you uploaded",
        ("filename", "created_at", "status", "rows_total"),
        why_kept="the agency's record of who loaded its staff list",
    ),
]

REMINDERS = [
    PersonalData(
        "training.SentReminder",
        "person",
        "Reminder emails sent to you",
        ("kind", "key", "due_on", "claimed_at", "sent_at"),
        OnErasure.DELETE,
    ),
    PersonalData(
        "training.ReminderPreference",
        "person",
        "How you take reminders",
        ("weekly_digest",),
        OnErasure.DELETE,
    ),
]

REGISTRY = [*LEARNING, *AUDIT, *SIGN_IN, *AUTHORING, *RECORDS_SENT, *ONBOARDING, *REMINDERS]

ACCOUNT_FIELDS = ("email", "full_name", "job_role", "date_joined", "last_login", "is_active")
