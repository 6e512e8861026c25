"""A real SMTP server for the invitation emails, and imported learners to invite."""

import email
from email import policy

import pytest
from aiosmtpd.controller import Controller

from elearning.accounts.factories import UserFactory
from elearning.accounts.models import JobRole, Sector
from onboarding.models import Invitation
from tests.deployment.servers import free_port  # aiosmtpd cannot listen on port 0 (aiosmtpd #276)


class Mailbox:
    """What the SMTP server received: each message parsed, in order."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def mailbox(settings):
    """Django's SMTP backend pointed at an aiosmtpd server on a free port."""
    inbox = Mailbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


@pytest.fixture
def invited(agency):
    """A learner made by an import: no usable password, never signed in, an invitation waiting to go."""
    user = UserFactory(email="new.starter@example.org", full_name="Nia Newstarter", agency=agency, password=None)
    user.set_unusable_password()
    user.save()
    Invitation.objects.create(user=user)
    return user


@pytest.fixture(autouse=True)
def job_roles(db):
    """The police and health sectors' job-role lists the files name (created before any person, so they link)."""
    return [
        JobRole.objects.create(sector=Sector.POLICE, name="Police constable", other_names="PC"),
        JobRole.objects.create(sector=Sector.POLICE, name="Sergeant"),
        JobRole.objects.create(sector=Sector.POLICE, name="Social worker"),
        JobRole.objects.create(sector=Sector.HEALTH, name="Midwife"),
    ]
