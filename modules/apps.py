from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = "Modules and lessons"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from elearning.accounts.models import Learner
        from quizzes.models import Attempt
        from quizzes.signals import attempt_passed

        from .completions import on_attempt_passed
        from .models import Completion
        from .reports.policies import AgencyScopedReadOnlyPolicy

        attempt_passed.connect(on_attempt_passed, dispatch_uid="modules-record-completion")
        # Registered before anything asks the registry, so every admin view of these models is scoped.
        for model, agency_field in ((Completion, "agency"), (Attempt, "agency"), (Learner, "agency")):
            register_permission_policy(model, AgencyScopedReadOnlyPolicy(model, agency_field))
