"""Signals the quizzes app sends, so that other apps can act without quizzes depending on them."""

from django.dispatch import Signal

# Sent inside the submitting transaction when an attempt passes. Arguments: attempt.
attempt_passed = Signal()

# Sent inside the submitting transaction when any attempt is submitted, passed or not, before
# attempt_passed. Arguments: attempt.
attempt_submitted = Signal()
