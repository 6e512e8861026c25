"""The project's URLconf: accounts, the Wagtail admin, documents, and the page tree last."""

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from elearning import routing

urlpatterns = [
    path("accounts/", include("elearning.accounts.urls")),
    path("accounts/your-data/", include("privacy.urls")),
    # allauth's callback only; its own sign-in, sign-up and password pages are never mounted.
    path("accounts/sso/", include("elearning.accounts.sso.urls")),
    path("accounts/invitation/", include("onboarding.urls")),
    path("", include("training.urls")),
    path("", include("modules.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own front-end URLs, with pages served through the cached routing in elearning.routing.
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
urlpatterns.append(re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"))
