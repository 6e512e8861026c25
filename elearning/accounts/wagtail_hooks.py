"""Admin wiring for agencies."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Agency
from .roles import sees_named_records


class AgencyViewSet(ModelViewSet):
    model = Agency
    icon = "group"
    menu_label = "Agencies"
    menu_order = 600
    add_to_admin_menu = True
    form_fields = ["name", "sector"]
    list_display = ["name", "sector"]
    list_filter = ["sector"]
    search_fields = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_agency_viewset():
    return AgencyViewSet("agencies")


@hooks.register("register_admin_viewset")
def register_single_sign_on_viewset():
    from .sso.viewsets import SingleSignOnViewSet

    return SingleSignOnViewSet("single_sign_on")


@hooks.register("register_admin_viewset")
def register_job_role_viewset():
    from .job_role_admin import JobRoleViewSet

    return JobRoleViewSet("job_roles")


@hooks.register("register_admin_urls")
def register_unmapped_job_titles_url():
    from django.urls import path

    from .job_role_admin import UnmappedJobTitlesView

    return [path("job-roles/unmapped/", UnmappedJobTitlesView.as_view(), name="unmapped_job_titles")]


class ManagerMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_named_records(request.user)


@hooks.register("register_settings_menu_item")
def register_unmapped_job_titles_menu_item():
    return ManagerMenuItem("Unmapped job titles", reverse("unmapped_job_titles"), icon_name="tag", order=610)
