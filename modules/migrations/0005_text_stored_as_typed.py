"""Repair free text stored HTML-escaped (`A&amp;E nurse`) and names holding bidirectional controls.

Until this migration, plain-text cleaning escaped what it kept, so every name, job role, agency name
and reflection with an `&`, `<` or `>` was stored with entities, and those were printed as such on
certificates and in exports. Unescaping gives back what was typed. Names also lose the bidirectional
control characters that could reverse them in a listing. Completions and attempts are otherwise never
changed: this corrects how their snapshot of a name is written, not what it says.
"""

import html

from django.db import migrations

from elearning.sanitising import clean_name, clean_plain_text

BATCH_SIZE = 1000

REPAIRS = [
    ("accounts", "Agency", ["name"], clean_name),
    ("accounts", "User", ["full_name", "job_role"], clean_name),
    ("modules", "Completion", ["learner_name", "agency_name", "job_role"], clean_name),
    ("quizzes", "Attempt", ["job_role"], clean_name),
    ("modules", "Reflection", ["text"], clean_plain_text),
]


def as_typed(value, clean):
    return clean(html.unescape(value))


def repair_model(model, fields, clean):
    changed = []
    for row in model._base_manager.only("pk", *fields).iterator(chunk_size=BATCH_SIZE):
        repaired = {field: as_typed(getattr(row, field), clean) for field in fields}
        if any(getattr(row, field) != value for field, value in repaired.items()):
            for field, value in repaired.items():
                setattr(row, field, value)
            changed.append(row)
    model._base_manager.bulk_update(changed, fields, batch_size=BATCH_SIZE)


def repair_stored_text(apps, schema_editor):
    for app_label, model_name, fields, clean in REPAIRS:
        repair_model(apps.get_model(app_label, model_name), fields, clean)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_single_sign_on"),
        ("modules", "0004_loaded_content"),
        ("quizzes", "0001_initial"),
    ]

    operations = [migrations.RunPython(repair_stored_text, migrations.RunPython.noop, elidable=True)]
