from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "elearning.accounts"
    label = "accounts"
    verbose_name = "Accounts and agencies"

    def ready(self):
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.permissions import register_permission_policy

        from .job_role_admin import JobRolePolicy
        from .job_roles import on_job_role_changed
        from .models import JobRole, SingleSignOn, User
        from .roles import forget_roles
        from .sso.policies import SingleSignOnPolicy

        register_permission_policy(SingleSignOn, SingleSignOnPolicy(SingleSignOn))
        register_permission_policy(JobRole, JobRolePolicy(JobRole))
        for signal in (post_save, post_delete):
            signal.connect(on_job_role_changed, sender=JobRole, dispatch_uid=f"job-roles-relink-{id(signal)}")

        m2m_changed.connect(forget_roles, sender=User.groups.through, dispatch_uid="roles-membership")
        for signal in (post_save, post_delete):
            signal.connect(forget_roles, sender=Group, dispatch_uid=f"roles-group-{id(signal)}")


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, using forms that know about agencies and job roles."""

    user_viewset = "elearning.accounts.viewsets.UserViewSet"
