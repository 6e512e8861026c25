from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = "Modules and lessons"

    def ready(self):
        from quizzes.signals import attempt_passed

        from .completions import on_attempt_passed

        attempt_passed.connect(on_attempt_passed, dispatch_uid="modules-record-completion")
        self.forget_cached_blocks_on_library_changes()
        self.forget_outlines_on_page_changes()

    def forget_cached_blocks_on_library_changes(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model

        from .models import CaseStudy, Myth, SupportService
        from .templatetags.lesson_tags import forget_library

        for model in (CaseStudy, Myth, SupportService, get_image_model()):
            for signal in (post_save, post_delete):
                signal.connect(forget_library, sender=model, dispatch_uid=f"lesson-cache-{model.__name__}-{id(signal)}")

    def forget_outlines_on_page_changes(self):
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from .learning_state import forget_outlines

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(forget_outlines, dispatch_uid=f"module-outline-{id(signal)}")

        def forget_on_page_delete(sender, instance, **kwargs):
            if isinstance(instance, Page):
                forget_outlines()

        post_delete.connect(forget_on_page_delete, weak=False, dispatch_uid="module-outline-delete")
