from django.conf import settings
from django.db import models


class Claims(models.Model):
    """Claims the test sets for one user, over the defaults (name, email, email_verified true)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="claims")
    values = models.JSONField(default=dict)

    def __str__(self):
        return f"Claims for {self.user}"
