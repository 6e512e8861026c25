from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = "Modules and lessons"

    def ready(self):
        from quizzes.signals import attempt_passed

        from .completions import on_attempt_passed

        attempt_passed.connect(on_attempt_passed, dispatch_uid="modules-record-completion")
