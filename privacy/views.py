"""Subject access (a learner's own copy; a partnership manager's copy for a named person) and erasure."""

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from elearning.accounts.roles import sees_every_agency

from . import audit
from .erasure import anonymise
from .models import AuditAction
from .subject_access import as_json, for_reading, row_count, subject_access

SEARCH_RESULTS = 20


def handled_by_partnership(view):
    """Partnership managers and administrators only; everyone else is sent away as from any admin page."""

    @wraps(view)
    def check(request, *args, **kwargs):
        if not sees_every_agency(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return check


def copy_response(request, person, export_format, template, report):
    copy = subject_access(person)
    audit.record(
        request,
        AuditAction.SUBJECT_ACCESS,
        report=report,
        filters={"format": export_format},
        row_count=row_count(copy),
        subject=person,
        target=f"user {person.pk}",
    )
    if export_format == "json":
        response = HttpResponse(as_json(copy), content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="personal-data-{timezone.localdate():%Y-%m-%d}.json"'
        return response
    return TemplateResponse(request, template, {"copy": for_reading(copy), "person": person})


@never_cache
@login_required
def own_data(request):
    """The learner's own copy, as a page (print or save it) or as a JSON download."""
    export_format = "json" if request.GET.get("format") == "json" else "html"
    return copy_response(request, request.user, export_format, "privacy/your_data.html", "Own subject-access copy")


@never_cache
@handled_by_partnership
def find_person(request):
    query = request.GET.get("q", "").strip()[:254]
    people = []
    if query:
        people = get_user_model().objects.filter(Q(full_name__icontains=query) | Q(email__icontains=query))
        people = people.select_related("agency").order_by("full_name", "pk")[:SEARCH_RESULTS]
    return TemplateResponse(request, "privacy/admin/find_person.html", {"query": query, "people": people})


@never_cache
@handled_by_partnership
def person_data(request, pk):
    person = get_object_or_404(get_user_model(), pk=pk)
    export_format = "json" if request.GET.get("format") == "json" else "html"
    return copy_response(request, person, export_format, "privacy/admin/person_data.html", "Subject-access request")


class ErasureForm(forms.Form):
    email = forms.CharField(label="Type the person's email address to confirm", max_length=254)

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_email(self):
        if self.cleaned_data["email"].strip().lower() != self.person.email.lower():
            raise forms.ValidationError("This is not the email address of the person you are erasing.")
        return self.cleaned_data["email"]


@never_cache
@handled_by_partnership
@require_http_methods(["GET", "POST"])
def erase_person(request, pk):
    """Confirm, then anonymise one person on their request."""
    person = get_object_or_404(get_user_model(), pk=pk)
    if person.anonymised_at or person.is_superuser:
        refusal = "Administrators' accounts are not anonymised here." if person.is_superuser else "Already anonymised."
        messages.error(request, refusal)
        return redirect("privacy_find_person")
    form = ErasureForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        changed = anonymise(person)
        audit.record(
            request,
            AuditAction.ERASURE,
            report="Erasure request",
            row_count=sum(changed.values()),
            subject=person,
            target=f"user {person.pk}",
        )
        messages.success(request, "The person has been anonymised. Their completions remain, without their name.")
        return redirect("privacy_find_person")
    status = 422 if form.is_bound else 200
    context = {"person": person, "form": form}
    return TemplateResponse(request, "privacy/admin/erase_person.html", context, status=status)
