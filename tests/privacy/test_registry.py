"""The registry of personal data names every foreign key to a person, so no new table can be forgotten."""

from django.apps import apps
from django.contrib.auth import get_user_model

from privacy.registry import REGISTRY


def keys_to_people():
    """(model label, field name) of every foreign key to the user model declared on an installed model."""
    people = get_user_model()
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields(include_parents=False):
            points_at_person = field.related_model is not None and issubclass(field.related_model, people)
            if field.concrete and (field.many_to_one or field.one_to_one) and points_at_person:
                found.add((model._meta.label, field.name))
    return found


def test_every_foreign_key_to_a_person_is_in_the_registry():
    registered = {entry.key for entry in REGISTRY}

    missing = sorted(keys_to_people() - registered)

    assert missing == [], f"Add these to privacy/registry.py: {missing}"


def test_the_walk_finds_the_learning_tables_and_inherited_keys_once():
    found = keys_to_people()

    assert ("modules.Reflection", "learner") in found
    assert ("quizzes.Attempt", "learner") in found
    assert ("wagtailcore.Page", "owner") in found
    assert ("modules.ModulePage", "owner") not in found


def test_every_registry_entry_names_a_real_model_and_fields():
    for entry in REGISTRY:
        model = apps.get_model(entry.model)
        model._base_manager.filter(**{f"{entry.person}__isnull": True}).values(*entry.fields).query.sql_with_params()
