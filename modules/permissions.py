"""What the Trainers role may do with learning content."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from elearning.accounts.roles import TRAINERS

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def grant_trainer_page_permissions(page):
    """Let trainers create, edit and publish pages at and below `page`; idempotent."""
    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    for codename in TRAINER_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=trainers, page=page, permission=permission)
