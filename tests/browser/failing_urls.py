"""The site's URLs, plus views that fail on purpose or break the policy on purpose, for browser tests."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpResponse
from django.urls import path

from elearning.urls import urlpatterns as site_urlpatterns

INLINE_CODE = """<!DOCTYPE html>
<html lang="en-GB"><head><title>Inline code</title><style>p { color: #333; }</style></head>
<body><p style="font-weight: bold">Inline style</p><script>document.title = "Inline script ran";</script></body>
</html>"""


def refused(request):
    raise PermissionDenied


def unreadable(request):
    raise SuspiciousOperation("A request the test made unreadable on purpose")


def broken(request):
    raise RuntimeError("A fault the test planted on purpose")


def inline_code(request):
    return HttpResponse(INLINE_CODE)


urlpatterns = [
    path("test-failures/403/", refused),
    path("test-failures/400/", unreadable),
    path("test-failures/500/", broken),
    path("test-failures/inline-code/", inline_code),
    *site_urlpatterns,
]
