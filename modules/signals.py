"""Signals the modules app sends, so that other apps (learning records) can act on what learners do."""

from django.dispatch import Signal

# Sent when a signed-in learner opens a lesson of a module in which they have finished no lesson yet
# and hold no completion. It may be sent more than once before they finish one: receivers must be
# idempotent. Arguments: learner, module, lesson.
module_opened = Signal()
