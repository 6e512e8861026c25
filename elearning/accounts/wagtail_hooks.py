"""Admin wiring for agencies."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Agency


class AgencyViewSet(ModelViewSet):
    model = Agency
    icon = "group"
    menu_label = "Agencies"
    menu_order = 600
    add_to_admin_menu = True
    form_fields = ["name", "sector"]
    list_display = ["name", "sector"]
    list_filter = ["sector"]
    search_fields = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_agency_viewset():
    return AgencyViewSet("agencies")


@hooks.register("register_admin_viewset")
def register_single_sign_on_viewset():
    from .sso.viewsets import SingleSignOnViewSet

    return SingleSignOnViewSet("single_sign_on")
