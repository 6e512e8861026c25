"""A learner's own certificate pages, and the public page that verifies any certificate by its code."""

import re

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from modules.models import Completion

from .facts import certificate_facts
from .pdf import certificate_pdf

CODE_MAX_LENGTH = 64
# Codes are made by secrets.token_urlsafe: ASCII letters, digits, "-" and "_".
WELL_FORMED_CODE = re.compile(r"[A-Za-z0-9_-]+")


def is_well_formed(code):
    return WELL_FORMED_CODE.fullmatch(code) is not None


def own_completion(request, code):
    completion = None
    if is_well_formed(code):
        completion = Completion.objects.for_learner(request.user).filter(certificate_code=code).first()
    if completion is None:
        raise Http404("No such certificate.")
    return completion


@never_cache
@login_required
def certificate(request, code):
    completion = own_completion(request, code)
    context = {
        "completion": completion,
        "facts": certificate_facts(completion),
        "verify_url": verify_url(request, code),
    }
    return render(request, "modules/certificate.html", context)


@never_cache
@login_required
def certificate_download(request, code):
    completion = own_completion(request, code)
    response = HttpResponse(certificate_pdf(completion, verify_url(request, code)), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{completion.pk}.pdf"'
    return response


def verify_url(request, code):
    return request.build_absolute_uri(reverse("modules:verify", args=[code]))


def verify(request, code):
    """Public: anyone holding a code can check the certificate's facts and whether it is current."""
    code = code[:CODE_MAX_LENGTH]
    completion = None
    if is_well_formed(code):
        completion = Completion.objects.select_related("learner").filter(certificate_code=code).first()
    if completion is not None and completion.learner.anonymised_at:
        # Genuine, but whose it was is no longer held: say so and show nothing about the person.
        return render(request, "modules/verify.html", {"code": code, "anonymised": True})
    context = {"code": code, "completion": completion}
    if completion is not None:
        context["facts"] = certificate_facts(completion)
    return render(request, "modules/verify.html", context, status=200 if completion else 404)


def verify_form(request):
    code = request.GET.get("code", "").strip()[:CODE_MAX_LENGTH]
    if is_well_formed(code):
        return redirect("modules:verify", code=code)
    if code:
        # Not a code we could have issued (a slash, a space, a NUL...): say so on this page.
        return verify(request, code)
    return render(request, "modules/verify.html", {"ask": True})
