"""Who may see and change agencies' single sign-on in the admin."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from ..models import SingleSignOn
from ..roles import configures_single_sign_on


class SingleSignOnPolicy(BasePermissionPolicy):
    """Every action on every agency's configuration, for partnership managers and administrators only."""

    def user_has_permission(self, user, action):
        return configures_single_sign_on(user)

    def user_has_any_permission(self, user, actions):
        return configures_single_sign_on(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return configures_single_sign_on(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return configures_single_sign_on(user)

    def instances_user_has_any_permission_for(self, user, actions):
        if configures_single_sign_on(user):
            return SingleSignOn.objects.all()
        return SingleSignOn.objects.none()
