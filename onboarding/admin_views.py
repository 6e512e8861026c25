"""The admin pages managers import staff lists and resend invitations with, each scoped to their agencies."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from elearning.accounts.models import Learner
from elearning.accounts.roles import sees_named_records, visible_agency_ids

from . import importing
from .forms import StaffImportForm
from .invitations import invited_not_started, request_sending
from .models import ImportStatus, Invitation, StaffImport
from .planning import RowOutcome
from .spreadsheets import SpreadsheetError

ROWS_PER_PAGE = 100


class ManagersOnlyMixin:
    """Agency managers (for their agencies), partnership managers and administrators."""

    def dispatch(self, request, *args, **kwargs):
        if not sees_named_records(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportsBreadcrumbsMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": reverse("onboarding_imports"), "label": "Staff imports"}]


class ScopedImportMixin(ManagersOnlyMixin):
    def get_import(self):
        return get_object_or_404(StaffImport.objects.visible_to(self.request.user), pk=self.kwargs["pk"])


class ImportListView(ManagersOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "onboarding/admin/import_list.html"
    page_title = "Staff imports"
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        imports = StaffImport.objects.visible_to(self.request.user).select_related("agency", "created_by")
        return super().get_context_data(imports=imports.defer("content", "preview", "result_csv")[:50], **kwargs)


class ImportUploadView(ManagersOnlyMixin, ImportsBreadcrumbsMixin, FormView):
    template_name = "onboarding/admin/import_upload.html"
    form_class = StaffImportForm
    page_title = "Upload a staff list"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            staff_import = importing.preview(form.cleaned_data["agency"], self.request.user, upload.name, upload.read())
        except SpreadsheetError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        return redirect("onboarding_import", pk=staff_import.pk)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 413 if form.too_large else 422
        return response


class ImportView(ScopedImportMixin, ImportsBreadcrumbsMixin, TemplateView):
    """The preview before confirming, the progress while the task runs, then the result."""

    template_name = "onboarding/admin/import.html"

    def get_page_title(self):
        return f"Staff import: {self.staff_import.filename}"

    def get(self, request, *args, **kwargs):
        self.staff_import = self.get_import()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        staff_import = self.staff_import
        errors_only = self.request.GET.get("show") == "errors"
        rows = staff_import.preview
        if errors_only:
            rows = [row for row in rows if row[3] == RowOutcome.ERROR]
        page = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        counts = [(RowOutcome(outcome).label, count) for outcome, count in staff_import.counts.items()]
        return super().get_context_data(
            staff_import=staff_import,
            counts=counts,
            page=page,
            rows=[(number, email, name, RowOutcome(outcome).label, why) for number, email, name, outcome, why in page],
            errors_only=errors_only,
            in_progress=staff_import.status in (ImportStatus.QUEUED, ImportStatus.RUNNING),
            **kwargs,
        )


class ImportConfirmView(ScopedImportMixin, View):
    def post(self, request, pk):
        staff_import = self.get_import()
        if importing.confirm(staff_import):
            messages.success(request, "The import has started. You can leave this page; it carries on.")
        else:
            messages.warning(request, "This import has already been confirmed.")
        return redirect("onboarding_import", pk=staff_import.pk)


class ImportStatusView(ScopedImportMixin, View):
    """The progress bar's JSON: how far the import task has got."""

    def get(self, request, pk):
        staff_import = get_object_or_404(
            StaffImport.objects.visible_to(request.user).only("status", "rows_done", "rows_total"), pk=pk
        )
        return JsonResponse(
            {
                "status": staff_import.status,
                "label": staff_import.get_status_display(),
                "rows_done": staff_import.rows_done,
                "rows_total": staff_import.rows_total,
                "percent": staff_import.percent_done,
                "finished": staff_import.status in (ImportStatus.DONE, ImportStatus.FAILED),
            }
        )


class ImportResultView(ScopedImportMixin, View):
    def get(self, request, pk):
        staff_import = self.get_import()
        if staff_import.result_csv is None:
            raise Http404("This import has not finished.")
        response = HttpResponse(bytes(staff_import.result_csv), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="staff-import-{staff_import.pk}-result.csv"'
        return response


def invitations_in_scope(user):
    agency_ids = visible_agency_ids(user)
    learners = Learner.objects.filter(agency__isnull=False)
    if agency_ids is not None:
        learners = learners.filter(agency_id__in=agency_ids)
    return invited_not_started(learners)


class InvitationListView(ManagersOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Learners invited and not started yet, with a button to send each one's invitation again."""

    template_name = "onboarding/admin/invitation_list.html"
    page_title = "Invited, not started"
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        learners = invitations_in_scope(self.request.user).select_related("agency", "invitation")
        page = Paginator(learners.order_by("full_name", "pk"), 50).get_page(self.request.GET.get("p"))
        return super().get_context_data(page=page, **kwargs)


class ResendInvitationView(ManagersOnlyMixin, View):
    def post(self, request, user_id):
        learner = get_object_or_404(invitations_in_scope(request.user), pk=user_id)
        invitation = Invitation.objects.filter(user=learner)
        if request_sending(invitation):
            messages.success(request, f"The invitation to {learner.email} will be sent again in a moment.")
        else:
            messages.warning(request, f"{learner.email} signs in with their organisation's account: nothing to send.")
        return redirect("onboarding_invitations")
