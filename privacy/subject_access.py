"""Everything the platform holds about one person, gathered from the registry of personal data."""

import json

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F
from django.utils import timezone

from .registry import ACCOUNT_FIELDS, REGISTRY


def rows_about(entry, person):
    model = apps.get_model(entry.model)
    rows = model._base_manager.filter(**{entry.person: person}).order_by("pk").values(*entry.fields)
    return [dict(row) for row in rows]


def account_of(person):
    account = (
        get_user_model()._base_manager.filter(pk=person.pk).values(*ACCOUNT_FIELDS, agency_name=F("agency__name")).get()
    )
    account["roles"] = sorted(person.groups.values_list("name", flat=True))
    account["agencies_managed"] = sorted(person.managed_agencies.values_list("name", flat=True))
    return account


def subject_access(person):
    """{"account": {...}, "sections": [{"heading", "table", "rows"}]}, sections with no rows left out."""
    sections = []
    for entry in REGISTRY:
        rows = rows_about(entry, person)
        if rows:
            sections.append({"heading": entry.heading, "table": entry.model, "fields": entry.fields, "rows": rows})
    return {"produced_at": timezone.now(), "account": account_of(person), "sections": sections}


def readable(name):
    """A field lookup as a column heading: "lesson__title" reads "lesson title"."""
    return name.replace("__", " ").replace("_", " ")


def for_reading(copy):
    """The copy with column headings a person can read, for the HTML page."""
    account = {readable(name): value for name, value in copy["account"].items()}
    sections = [{**section, "columns": [readable(name) for name in section["fields"]]} for section in copy["sections"]]
    return {**copy, "account": account, "sections": sections}


def as_json(copy):
    return json.dumps(copy, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


def row_count(copy):
    return sum(len(section["rows"]) for section in copy["sections"])
