"""Admin wiring: the audit trail, subject-access requests and erasure, and the audit of user records opened."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from elearning.accounts.roles import sees_every_agency

from . import audit, views
from .models import AuditAction
from .viewsets import AuditEntryViewSet


@hooks.register("register_admin_viewset")
def register_audit_trail():
    return AuditEntryViewSet()


@hooks.register("register_admin_urls")
def privacy_urls():
    return [
        path("privacy/people/", views.find_person, name="privacy_find_person"),
        path("privacy/people/<int:pk>/data/", views.person_data, name="privacy_person_data"),
        path("privacy/people/<int:pk>/erase/", views.erase_person, name="privacy_erase_person"),
    ]


class PartnershipMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_every_agency(request.user)


@hooks.register("register_admin_menu_item")
def subject_access_menu_item():
    return PartnershipMenuItem(
        "Subject access and erasure", reverse("privacy_find_person"), icon_name="user", order=275
    )


@hooks.register("before_edit_user")
def record_user_record_opened(request, user):
    if request.method == "GET":
        audit.record(request, AuditAction.INSPECT, report="Users", subject=user, target=f"user {user.pk}")
