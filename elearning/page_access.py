"""Page mixins for who may see a page and whether a shared cache may keep it."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.utils.cache import add_never_cache_headers
from wagtail.models import PageViewRestriction

from elearning import cache_versions

PRIVACY_SECONDS = 60 * 60


class PersonalForSignedInMixin:
    """A public page that shows signed-in learners their own progress: never cached for them."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
        return response


class SignInRequiredMixin:
    """A page only signed-in people may open; visitors go to the sign-in page and come back."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response


class CachedPrivacyMixin:
    """Wagtail's privacy check reads whether a page has view restrictions from the cache.

    Most pages have none, and then no query runs. Any change to a restriction, a move or a site
    change bumps the page-tree version, so the answer is never stale.
    """

    def get_view_restrictions(self):
        restricted = cache_versions.cached(
            cache_versions.PAGES,
            ("restricted", self.pk),
            lambda: super(CachedPrivacyMixin, self).get_view_restrictions().exists(),
            PRIVACY_SECONDS,
        )
        return super().get_view_restrictions() if restricted else PageViewRestriction.objects.none()
