"""Who may see and change the learning record stores in the admin."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from elearning.accounts.roles import sees_every_agency

from .models import RecordStore


def configures_record_stores(user):
    """Where every agency's training records are sent is set by partnership managers and administrators."""
    return sees_every_agency(user)


class RecordStorePolicy(BasePermissionPolicy):
    """Every action on every store, for partnership managers and administrators only."""

    def user_has_permission(self, user, action):
        return configures_record_stores(user)

    def user_has_any_permission(self, user, actions):
        return configures_record_stores(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return configures_record_stores(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return configures_record_stores(user)

    def instances_user_has_any_permission_for(self, user, actions):
        return RecordStore.objects.all() if configures_record_stores(user) else RecordStore.objects.none()
