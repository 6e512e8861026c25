"""A real SMTP server for a test (aiosmtpd on a free port), and Django's SMTP backend pointed at it."""

import email
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller

from tests.deployment.servers import free_port  # aiosmtpd cannot listen on port 0 (aiosmtpd #276)


class Inbox:
    """Every message the server accepted, parsed, in the order they arrived."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for recipients, message in self.messages if address in recipients]

    @staticmethod
    def parts(message):
        """The plain-text and HTML bodies of a message."""
        return (
            message.get_body(preferencelist=("plain",)).get_content(),
            message.get_body(preferencelist=("html",)).get_content(),
        )


@pytest.fixture
def smtp_inbox(settings):
    inbox = Inbox()
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
