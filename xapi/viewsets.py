"""The admin pages where partnership managers and administrators set up learning record stores.

Who may use them is `policies.RecordStorePolicy`, registered for the model in XapiConfig.ready.
"""

from django.db.models import Count, OuterRef, Q, Subquery
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import RecordStoreForm
from .models import QueuedStatement, RecordStore


class RecordStoreIndexView(IndexView):
    """The stores, each with how many statements wait, how many were sent, and the last refusal."""

    def get_base_queryset(self):
        refused = QueuedStatement.objects.pending().filter(store=OuterRef("pk")).exclude(last_error="")
        return (
            super()
            .get_base_queryset()
            .annotate(
                waiting=Count("queued_statements", filter=Q(queued_statements__sent_at__isnull=True)),
                sent=Count("queued_statements", filter=Q(queued_statements__sent_at__isnull=False)),
                last_error=Subquery(refused.order_by("-attempts", "-pk").values("last_error")[:1]),
            )
        )


class RecordStoreViewSet(ModelViewSet):
    model = RecordStore
    index_view_class = RecordStoreIndexView
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
        Column("last_error", label="Last refusal"),
        "active",
    ]
    search_fields = None

    def get_form_class(self, for_update=False):
        return RecordStoreForm
