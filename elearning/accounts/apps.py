from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "elearning.accounts"
    label = "accounts"
    verbose_name = "Accounts and agencies"


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, using forms that know about agencies and job roles."""

    user_viewset = "elearning.accounts.viewsets.UserViewSet"
