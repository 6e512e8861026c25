"""Admin wiring for training requirements."""

from wagtail import hooks

from .viewsets import TrainingRequirementViewSet


@hooks.register("register_admin_viewset")
def register_training_requirement_viewset():
    return TrainingRequirementViewSet("training_requirements")
