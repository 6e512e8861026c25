from django.urls import path

from . import views

app_name = "modules"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("search/", views.search, name="search"),
]
