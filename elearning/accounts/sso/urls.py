"""The one allauth URL the site mounts: where an agency's identity provider sends people back."""

from allauth.socialaccount.providers.openid_connect import views
from django.urls import path

urlpatterns = [
    path("<str:provider_id>/callback/", views.callback, name="openid_connect_callback"),
]
