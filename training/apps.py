from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = "Required training"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import TrainingRequirement
        from .policies import TrainingRequirementPolicy

        register_permission_policy(TrainingRequirement, TrainingRequirementPolicy(TrainingRequirement))
