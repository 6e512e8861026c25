from django.urls import path

from . import views
from .certificates import views as certificates

app_name = "modules"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("search/", views.search, name="search"),
    path("certificates/<str:code>/", certificates.certificate, name="certificate"),
    path("certificates/<str:code>/pdf/", certificates.certificate_download, name="certificate_pdf"),
    path("verify/", certificates.verify_form, name="verify_form"),
    path("verify/<str:code>/", certificates.verify, name="verify"),
]
