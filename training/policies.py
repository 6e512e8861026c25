"""Who may see and change training requirements in the admin.

Administrators and partnership managers change every requirement. Agency managers may only view
the requirements that reach their agencies: sector-wide ones for their agencies' sectors, and those
naming one of their agencies. Wagtail's generic views do not scope object views by themselves, so
the viewset looks every object up through `instances_user_has_any_permission_for`.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from elearning.accounts.models import Agency
from elearning.accounts.roles import sees_every_agency, sees_named_records, visible_agency_ids


class TrainingRequirementPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if sees_every_agency(user):
            return action in {"add", "change", "delete", "view"}
        return action == "view" and sees_named_records(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.instances_user_has_any_permission_for(user, actions).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        requirements = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return requirements.none()
        agency_ids = visible_agency_ids(user)
        if agency_ids is None:
            return requirements
        sectors = Agency.objects.filter(pk__in=agency_ids).values("sector")
        return requirements.filter(Q(agency__in=agency_ids) | Q(agency=None, sector__in=sectors))
