from django.apps import AppConfig


class XapiConfig(AppConfig):
    name = "xapi"
    verbose_name = "Learning records (xAPI)"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import events
        from .models import RecordStore
        from .policies import RecordStorePolicy

        register_permission_policy(RecordStore, RecordStorePolicy(RecordStore))
        events.connect()
