from django.urls import path

from . import certificate_views, views

app_name = "modules"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("search/", views.search, name="search"),
    path("certificates/<str:code>/", certificate_views.certificate, name="certificate"),
    path("certificates/<str:code>/pdf/", certificate_views.certificate_download, name="certificate_pdf"),
    path("verify/", certificate_views.verify_form, name="verify_form"),
    path("verify/<str:code>/", certificate_views.verify, name="verify"),
]
