"""The admin pages where partnership managers and administrators set up agencies' single sign-on.

Who may use them is `policies.SingleSignOnPolicy`, registered for the model in AccountsConfig.ready.
"""

from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import SingleSignOn
from .forms import SingleSignOnForm


class SingleSignOnViewSet(ModelViewSet):
    model = SingleSignOn
    icon = "key"
    menu_label = "Single sign-on"
    add_to_settings_menu = True
    url_prefix = "single-sign-on"
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "agency",
        Column("issuer", label="Issuer URL", accessor="issuer"),
        "sign_in_method",
    ]
    search_fields = None

    def get_queryset(self, request):
        return SingleSignOn.objects.select_related("agency", "app")

    def get_form_class(self, for_update=False):
        return SingleSignOnForm
