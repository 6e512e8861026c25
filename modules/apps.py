from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = "Modules and lessons"

    def ready(self):
        from quizzes.signals import attempt_passed

        from .completions import on_attempt_passed

        attempt_passed.connect(on_attempt_passed, dispatch_uid="modules-record-completion")
        self.forget_cached_blocks_on_library_changes()

    def forget_cached_blocks_on_library_changes(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model

        from .models import CaseStudy, Myth, SupportService
        from .templatetags.lesson_tags import forget_library

        for model in (CaseStudy, Myth, SupportService, get_image_model()):
            for signal in (post_save, post_delete):
                signal.connect(forget_library, sender=model, dispatch_uid=f"lesson-cache-{model.__name__}-{id(signal)}")
