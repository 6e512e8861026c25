from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.own_data, name="own_data"),
]
