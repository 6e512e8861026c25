"""Read-only, agency-scoped permission policies for learners, completions and attempts.

Wagtail's generic views scope only their listings by themselves, so every object view in
`viewsets.py` goes through `scoped` too. Nobody, administrators included, may add, change or
delete these records through the admin.
"""

from wagtail.permission_policies.base import BasePermissionPolicy

from elearning.accounts.roles import sees_named_records, visible_agency_ids


class AgencyScopedReadOnlyPolicy(BasePermissionPolicy):
    def __init__(self, model, agency_field):
        super().__init__(model)
        self.agency_field = agency_field

    def scoped(self, user, queryset):
        if not sees_named_records(user):
            return queryset.none()
        agency_ids = visible_agency_ids(user)
        if agency_ids is None:
            return queryset
        return queryset.filter(**{f"{self.agency_field}__in": agency_ids})

    def user_has_permission(self, user, action):
        return action == "view" and sees_named_records(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        return self.scoped(user, self.model._default_manager.filter(pk=instance.pk)).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scoped(user, self.model._default_manager.all())
