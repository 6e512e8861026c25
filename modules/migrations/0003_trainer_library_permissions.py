"""Trainers may add, change and delete the library snippets: case studies, myths and support services."""

from django.db import migrations

MODELS = ["casestudy", "myth", "supportservice"]
ACTIONS = ["add", "change", "delete"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="modules", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            trainers.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers:
        trainers.permissions.remove(*Permission.objects.filter(content_type__app_label="modules"))


class Migration(migrations.Migration):
    dependencies = [("modules", "0002_initial"), ("accounts", "0002_create_roles")]

    operations = [migrations.RunPython(grant, revoke)]
