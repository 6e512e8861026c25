from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class BackgroundConfig(AppConfig):
    name = "elearning.background"
    label = "background"
    verbose_name = "Background tasks"

    def ready(self):
        checks.register(heartbeat_settings_check)


def heartbeat_settings_check(app_configs, **kwargs):
    """A worker must miss several heartbeats before it is taken for dead, or live workers lose tasks."""
    heartbeat, dead_after = settings.TASK_WORKER_HEARTBEAT_SECONDS, settings.TASK_WORKER_DEAD_AFTER_SECONDS
    if heartbeat <= 0 or dead_after < 3 * heartbeat:
        return [
            checks.Error(
                f"TASK_WORKER_DEAD_AFTER_SECONDS ({dead_after}) must be at least three times "
                f"TASK_WORKER_HEARTBEAT_SECONDS ({heartbeat}), which must be above zero.",
                id="background.E001",
            )
        ]
    return []
