"""Anonymising a person: completions and counts stay, name, email and free text go.

Completions are immutable to the application (`modules.models.completions`); anonymising is the one
change allowed, made here through the plain base manager so nothing else can do it by accident.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .registry import ANONYMISED_NAME, REGISTRY, OnErasure

ANONYMISED_DOMAIN = "anonymised.invalid"


def anonymised_email(person):
    return f"anonymised-{person.pk}@{ANONYMISED_DOMAIN}"


@transaction.atomic
def anonymise(person):
    """Remove the person's name, email, sign-in and free text; return {table: rows changed}."""
    changed = {}
    for entry in REGISTRY:
        if entry.on_erasure is OnErasure.KEEP:
            continue
        rows = apps.get_model(entry.model)._base_manager.filter(**{entry.person: person})
        if entry.on_erasure is OnErasure.DELETE:
            count = rows.count()
            rows.delete()
        else:
            count = rows.update(**entry.scrub)
        if count:
            changed[entry.model] = changed.get(entry.model, 0) + count
    anonymise_account(person)
    return changed


def anonymise_account(person):
    person.full_name = ANONYMISED_NAME
    person.email = anonymised_email(person)
    person.job_role = ""
    person.anonymised_at = timezone.now()
    person.set_unusable_password()  # also ends every session, whose hash came from the old password
    person.save()
    person.managed_agencies.clear()
    person.groups.clear()


def anonymisable():
    """People who can still be anonymised: not yet anonymised and not administrators."""
    return get_user_model().objects.filter(anonymised_at__isnull=True, is_superuser=False)
