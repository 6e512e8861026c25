"""The admin pages where partnership managers and administrators set up learning record stores.

Who may use them is `policies.RecordStorePolicy`, registered for the model in XapiConfig.ready.
"""

from django.db.models import Count, Q
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import RecordStoreForm
from .models import RecordStore


class RecordStoreViewSet(ModelViewSet):
    model = RecordStore
    icon = "upload"
    menu_label = "Learning record stores"
    add_to_settings_menu = True
    url_prefix = "learning-record-stores"
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "name",
        Column("endpoint", label="xAPI endpoint"),
        Column("waiting", label="Statements waiting"),
        Column("sent", label="Statements sent"),
        "active",
    ]
    search_fields = None

    def get_queryset(self, request):
        return RecordStore.objects.annotate(
            waiting=Count("queued_statements", filter=Q(queued_statements__sent_at__isnull=True)),
            sent=Count("queued_statements", filter=Q(queued_statements__sent_at__isnull=False)),
        )

    def get_form_class(self, for_update=False):
        return RecordStoreForm
