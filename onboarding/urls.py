"""The invitation link an imported learner follows to set their first password."""

from django.urls import path

from . import views

app_name = "onboarding"

urlpatterns = [
    path("set-password/", views.SetPasswordView.as_view(), name="set_password"),
    path("<str:token>/", views.InvitationView.as_view(), name="invitation"),
]
