"""Page mixins for who may see a page and whether a shared cache may keep it."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.utils.cache import add_never_cache_headers


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
