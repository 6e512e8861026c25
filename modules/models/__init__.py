"""Models of the modules app, split by role."""

from .completions import Completion, CompletionState, ImmutableRecord
from .loaded_content import LoadedContent
from .pages import LessonPage, ModuleIndexPage, ModulePage, ModuleTag, MythLibraryPage
from .progress import LessonProgress, MythResponse, Reflection, ScenarioResponse
from .snippets import CaseStudy, Myth, MythTag, SupportService
from .standing import ModuleStanding

__all__ = [
    "CaseStudy",
    "Completion",
    "CompletionState",
    "ImmutableRecord",
    "LessonPage",
    "LessonProgress",
    "LoadedContent",
    "ModuleIndexPage",
    "ModulePage",
    "ModuleStanding",
    "ModuleTag",
    "Myth",
    "MythLibraryPage",
    "MythResponse",
    "MythTag",
    "Reflection",
    "ScenarioResponse",
    "SupportService",
]
