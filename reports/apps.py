from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Reports and training records"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from elearning.accounts.models import Learner
        from modules.models import Completion
        from quizzes.models import Attempt

        from .policies import AgencyScopedReadOnlyPolicy

        # Registered before anything asks the registry, so every admin view of these models is scoped.
        for model, agency_field in ((Completion, "agency"), (Attempt, "agency"), (Learner, "agency")):
            register_permission_policy(model, AgencyScopedReadOnlyPolicy(model, agency_field))
