from django.urls import path

from . import views

app_name = "training"

# Ahead of modules.urls in the project's URLconf: this My learning adds the required modules.
urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("my-learning/reminders/", views.reminder_settings, name="reminder_settings"),
]
