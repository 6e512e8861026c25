from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = "Data protection"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import AuditEntry
        from .policies import PartnershipReadOnlyPolicy

        register_permission_policy(AuditEntry, PartnershipReadOnlyPolicy(AuditEntry))
