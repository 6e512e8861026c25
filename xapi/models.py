"""Learning Record Stores the platform sends to, the learners' opaque ids, and the statements waiting to go."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class RecordStoreQuerySet(models.QuerySet):
    def receiving(self, agency):
        """Active stores that take statements about learners of this agency (None: a learner with no agency)."""
        stores = self.filter(active=True)
        if agency is None:
            return stores.filter(all_agencies=True)
        return stores.filter(models.Q(all_agencies=True) | models.Q(agencies=agency)).distinct()


class RecordStore(models.Model):
    """A Learning Record Store an agency keeps training records in, set up by an administrator."""

    name = models.CharField(max_length=150, help_text="For example: Hampshire Police learning records.")
    endpoint = models.URLField(
        "xAPI endpoint",
        max_length=500,
        help_text="The LRS's xAPI base address, ending before “statements”, e.g. https://lrs.example.org/xapi/",
    )
    key = models.CharField("key (user name)", max_length=200)
    secret = models.CharField(max_length=200)
    all_agencies = models.BooleanField(
        "every agency", default=False, help_text="Send statements about every learner, whatever their agency."
    )
    agencies = models.ManyToManyField("accounts.Agency", blank=True, related_name="+")
    send_email = models.BooleanField(
        "identify learners by email address",
        default=False,
        help_text=(
            "Only if this store's owner needs it and the privacy notice says so. Otherwise learners are "
            "identified by an opaque id that means nothing outside this site."
        ),
    )
    active = models.BooleanField(default=True, help_text="Statements are queued and sent only while this is ticked.")
    created_at = models.DateTimeField(default=timezone.now)

    objects = RecordStoreQuerySet.as_manager()

    class Meta:
        verbose_name = "learning record store"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def statements_url(self):
        return self.endpoint.rstrip("/") + "/statements"


class LearnerIdentity(models.Model):
    """The opaque id a learner has in every statement: random, so it reveals neither email nor row id."""

    learner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    opaque_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name_plural = "learner identities"

    def __str__(self):
        return str(self.opaque_id)


class QueuedStatementQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True)

    def due(self, now=None):
        return self.pending().filter(next_attempt_at__lte=now or timezone.now())


class QueuedStatement(models.Model):
    """One statement for one store: written with the event, kept until the store has accepted it."""

    store = models.ForeignKey(RecordStore, on_delete=models.CASCADE, related_name="queued_statements")
    statement_id = models.UUIDField()
    statement = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = QueuedStatementQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["store", "statement_id"], name="one_statement_per_store")]
        indexes = [models.Index(fields=["store", "sent_at", "next_attempt_at"])]

    def __str__(self):
        return f"Statement {self.statement_id} for {self.store_id}"
