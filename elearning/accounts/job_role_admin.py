"""The admin for job role lists: partnership managers keep each sector's list and map unlisted job titles.

Who may do what is `JobRolePolicy`, registered for the model in AccountsConfig.ready: administrators
and partnership managers change the lists; trainers and agency managers may read them.
"""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from .job_roles import unmapped_job_titles
from .models import JobRole, Sector
from .roles import sees_every_agency, sees_named_records, uses_admin, visible_agency_ids


class JobRolePolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "view":
            return uses_admin(user)
        return action in {"add", "change", "delete"} and sees_every_agency(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return JobRole.objects.all()
        return JobRole.objects.none()


class JobRoleCreateView(CreateView):
    def get_initial(self):
        """Prefilled from the unmapped job titles page's "Add as a job role" link."""
        initial = super().get_initial()
        if self.request.GET.get("sector") in Sector.values:
            initial["sector"] = self.request.GET["sector"]
        initial["name"] = self.request.GET.get("name", "")[:150]
        return initial


class JobRoleViewSet(ModelViewSet):
    model = JobRole
    icon = "tag"
    menu_label = "Job roles"
    add_to_settings_menu = True
    url_prefix = "job-roles"
    add_view_class = JobRoleCreateView
    form_fields = ["sector", "name", "other_names"]
    list_display = ["name", "sector", "other_names"]
    list_filter = ["sector"]
    search_fields = ["name", "other_names"]
    inspect_view_enabled = False
    copy_view_enabled = False


class UnmappedJobTitlesView(WagtailAdminTemplateMixin, TemplateView):
    """Job titles people typed that match no listed role, so a partnership manager can map them."""

    template_name = "accounts/admin/unmapped_job_titles.html"
    page_title = "Unmapped job titles"
    header_icon = "tag"

    def dispatch(self, request, *args, **kwargs):
        if not sees_named_records(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": "Home"}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        can_map = sees_every_agency(self.request.user)
        sectors = dict(Sector.choices)
        context["titles"] = [
            {
                "sector": sectors.get(row["agency__sector"], "No agency yet"),
                "job_role": row["job_role"],
                "people": row["people"],
                "add_url": self.add_url(row) if can_map and row["agency__sector"] else "",
            }
            for row in unmapped_job_titles(visible_agency_ids(self.request.user))
        ]
        context["job_roles_url"] = reverse("job_roles:index")
        return context

    def add_url(self, row):
        query = urlencode({"sector": row["agency__sector"], "name": " ".join(row["job_role"].split())})
        return f"{reverse('job_roles:add')}?{query}"
