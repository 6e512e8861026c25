"""Invitations: the emailed, single-use, expiring link an imported learner sets their first password with.

The link carries a random token; the database keeps only its SHA-256 digest. A link works while the
invitation is unused, the learner has never signed in, and fewer than ONBOARDING_INVITATION_DAYS
have passed since it was sent. Sending again makes a new token, so only the newest link works.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Value, When
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from elearning.background import background_task

from .models import Invitation

INVITED_NOT_STARTED = "Invited, not started"
SIGNED_IN = "Signed in"
NOT_SIGNED_IN = "Not signed in yet"
SEND_BATCH = 100


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def valid_days():
    return settings.ONBOARDING_INVITATION_DAYS


def invitation_for_token(token):
    """The invitation a link's token opens, or None when the link is unknown, used or expired."""
    return invitation_for_digest(digest(token)) if token else None


def invitation_for_digest(token_digest):
    if not token_digest:
        return None
    invitation = (
        Invitation.objects.select_related("user")
        .filter(token_digest=token_digest, used_at__isnull=True, sent_at__isnull=False)
        .first()
    )
    if invitation is None:
        return None
    user = invitation.user
    if not user.is_active or user.last_login is not None or user.has_usable_password():
        return None
    if invitation.sent_at + timedelta(days=valid_days()) < timezone.now():
        return None
    return invitation


def mark_used(invitation):
    """End the link for good: it opens nothing after the password is set."""
    Invitation.objects.filter(pk=invitation.pk).update(used_at=timezone.now(), token_digest="")


def request_sending(invitations):
    """Ask for these invitations to be emailed (again); returns how many were asked for."""
    asked = invitations.filter(used_at__isnull=True, by_single_sign_on=False, user__last_login__isnull=True).update(
        send_requested_at=timezone.now()
    )
    if asked:
        transaction.on_commit(send_requested_invitations.enqueue)
    return asked


@background_task(max_attempts=5)
def send_requested_invitations():
    """Email every invitation that has been asked for and not sent since, over one SMTP connection.

    Each invitation is claimed with a conditional update before its email goes, so two workers never
    send the same one, and a retry sends only what is still owed.
    """
    pending = Q(sent_at__isnull=True) | Q(sent_at__lt=F("send_requested_at"))
    while True:
        batch = list(
            Invitation.objects.filter(send_requested_at__isnull=False, used_at__isnull=True)
            .filter(pending)
            .select_related("user", "user__agency")
            .order_by("pk")[:SEND_BATCH]
        )
        if not batch:
            return
        with get_connection() as connection:
            for invitation in batch:
                send_one(invitation, connection)


def send_one(invitation, connection):
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    claimed = Invitation.objects.filter(
        pk=invitation.pk, sent_at=invitation.sent_at, send_requested_at=invitation.send_requested_at
    ).update(sent_at=now, token_digest=digest(token), sent_count=invitation.sent_count + 1)
    if not claimed:
        return
    try:
        invitation_email(invitation.user, token, connection).send()
    except Exception:
        # Give the claim back, so the retry sends this one again.
        Invitation.objects.filter(pk=invitation.pk, sent_at=now).update(sent_at=invitation.sent_at)
        raise


def invitation_email(user, token, connection=None):
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("onboarding:invitation", args=[token])
    context = {"user": user, "link": link, "days": valid_days(), "agency": user.agency}
    message = EmailMultiAlternatives(
        subject="Your account for domestic abuse training",
        body=render_to_string("onboarding/email/invitation.txt", context),
        to=[user.email],
        connection=connection,
    )
    message.attach_alternative(render_to_string("onboarding/email/invitation.html", context), "text/html")
    return message


def with_sign_in_state(learners):
    """Learners annotated with `sign_in_state`: signed in, invited and not started, or not signed in yet."""
    invited = Invitation.objects.filter(user_id=OuterRef("pk"))
    return learners.annotate(
        sign_in_state=Case(
            When(last_login__isnull=False, then=Value(SIGNED_IN)),
            When(Exists(invited), then=Value(INVITED_NOT_STARTED)),
            default=Value(NOT_SIGNED_IN),
            output_field=CharField(),
        )
    )


def invited_not_started(learners):
    """Only the learners who were invited and have never signed in."""
    return learners.filter(last_login__isnull=True).filter(Exists(Invitation.objects.filter(user_id=OuterRef("pk"))))
