"""Models of the modules app, split by role."""

from .pages import LessonPage, ModuleIndexPage, ModulePage, ModuleTag, MythLibraryPage
from .progress import LessonProgress, MythResponse, Reflection, ScenarioResponse
from .snippets import CaseStudy, Myth, MythTag, SupportService

__all__ = [
    "CaseStudy",
    "LessonPage",
    "LessonProgress",
    "ModuleIndexPage",
    "ModulePage",
    "ModuleTag",
    "Myth",
    "MythLibraryPage",
    "MythResponse",
    "MythTag",
    "Reflection",
    "ScenarioResponse",
    "SupportService",
]
