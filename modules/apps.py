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
        self.forget_cached_blocks_on_library_changes()
        # Registered before anything asks the registry, so every admin view of these models is scoped.
        for model, agency_field in ((Completion, "agency"), (Attempt, "agency"), (Learner, "agency")):
            register_permission_policy(model, AgencyScopedReadOnlyPolicy(model, agency_field))

    def forget_cached_blocks_on_library_changes(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model

        from .models import CaseStudy, Myth, SupportService
        from .templatetags.lesson_tags import forget_library

        for model in (CaseStudy, Myth, SupportService, get_image_model()):
            for signal in (post_save, post_delete):
                signal.connect(forget_library, sender=model, dispatch_uid=f"lesson-cache-{model.__name__}-{id(signal)}")
