"""Admin wiring: staff imports and invitations, in the menu for managers only."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from elearning.accounts.roles import sees_named_records

from . import admin_views as views


@hooks.register("register_admin_urls")
def onboarding_urls():
    imports = "onboarding/imports/<int:pk>"
    return [
        path("onboarding/imports/", views.ImportListView.as_view(), name="onboarding_imports"),
        path("onboarding/imports/new/", views.ImportUploadView.as_view(), name="onboarding_import_upload"),
        path(f"{imports}/", views.ImportView.as_view(), name="onboarding_import"),
        path(f"{imports}/confirm/", views.ImportConfirmView.as_view(), name="onboarding_import_confirm"),
        path(f"{imports}/status/", views.ImportStatusView.as_view(), name="onboarding_import_status"),
        path(f"{imports}/result.csv", views.ImportResultView.as_view(), name="onboarding_import_result"),
        path("onboarding/invitations/", views.InvitationListView.as_view(), name="onboarding_invitations"),
        path(
            "onboarding/invitations/<int:user_id>/resend/",
            views.ResendInvitationView.as_view(),
            name="onboarding_invitation_resend",
        ),
    ]


class ManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_named_records(request.user)


@hooks.register("register_admin_menu_item")
def staff_imports_menu_item():
    return ManagersMenuItem("Staff imports", reverse("onboarding_imports"), icon_name="upload", order=450)


@hooks.register("register_admin_menu_item")
def invitations_menu_item():
    return ManagersMenuItem("Invited, not started", reverse("onboarding_invitations"), icon_name="mail", order=460)
