"""Response headers that limit what a page may load, run and share with other sites.

Content-Security-Policy comes from django-csp: every response gets settings.CONTENT_SECURITY_POLICY
(the strict learner policy) except the Wagtail admin's, which get CONTENT_SECURITY_POLICY_ADMIN.
A view widens whichever applies with django-csp's decorators (`csp_update`, `csp_replace`).
Permissions-Policy comes from django-permissions-policy, and Cross-Origin-Opener-Policy from
Django's SecurityMiddleware (settings.PERMISSIONS_POLICY, SECURE_CROSS_ORIGIN_OPENER_POLICY).
"""

from functools import cache

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse

# Nothing the site serves is meant to be embedded by another site's pages.
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin_request(request):
    return request.path_info.startswith(admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for admin URLs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_request(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


class CrossOriginResourcePolicyMiddleware:
    """Tell browsers not to hand the site's responses to pages on other origins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", CROSS_ORIGIN_RESOURCE_POLICY)
        return response
