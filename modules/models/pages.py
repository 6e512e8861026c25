"""The page tree of the catalogue: an index of modules, each with its ordered lessons."""

from django import forms
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from elearning.accounts.models import Sector
from elearning.page_access import CachedPrivacyMixin, PersonalForSignedInMixin, SignInRequiredMixin
from elearning.page_routes import handled_by
from elearning.rich_text import RICH_TEXT_FEATURES
from modules.blocks import LessonStreamBlock
from modules.learning_state import LessonState, ModuleState, outline
from modules.signals import module_opened
from modules.statuses import ModuleStatus
from quizzes.models import QuizPage

from .completions import Completion
from .progress import LessonProgress


class ModuleIndexPage(CachedPrivacyMixin, PersonalForSignedInMixin, Page):
    """The catalogue: every live module, filterable by topic and sector."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["modules.ModulePage"]
    max_count = 1

    class Meta:
        verbose_name = "module catalogue"

    def get_context(self, request, *args, **kwargs):
        from modules.catalogue import Catalogue  # the catalogue queries this module's page models

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = Catalogue(self, request)
        return context


class ModuleTag(TaggedItemBase):
    content_object = ParentalKey("modules.ModulePage", on_delete=models.CASCADE, related_name="tagged_items")


class ModulePageForm(WagtailAdminPageForm):
    """Sectors are stored as a list; editors tick them."""

    sectors = forms.MultipleChoiceField(
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="The sectors this module is meant for. Their staff see it in their training status.",
    )


class ModulePage(CachedPrivacyMixin, PersonalForSignedInMixin, Page):
    """A module: what it covers, who it is for, and its lessons as child pages."""

    summary = models.TextField(help_text="One or two sentences for the catalogue.")
    overview = RichTextField(features=RICH_TEXT_FEATURES)
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=300, label="Outcome"))],
        min_num=1,
        help_text="What a learner will be able to do by the end.",
    )
    sectors = models.JSONField(default=list, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        "notional learning time (minutes)", help_text="Also the CPD minutes on the certificate."
    )
    content_warning = models.TextField(help_text="Shown on the overview, before the first lesson.")
    refresher_months = models.PositiveSmallIntegerField(
        "refresher interval (months)", default=36, help_text="How long a completion stays current."
    )
    support_services = ParentalManyToManyField("modules.SupportService", blank=True, related_name="modules")
    tags = ClusterTaggableManager(through=ModuleTag, blank=True, verbose_name="topics")

    base_form_class = ModulePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("overview"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("sectors"), FieldPanel("duration_minutes"), FieldPanel("refresher_months"), FieldPanel("tags")],
            heading="Who it is for",
        ),
        MultiFieldPanel([FieldPanel("content_warning"), FieldPanel("support_services")], heading="Care for learners"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("overview"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
    ]
    parent_page_types = ["modules.ModuleIndexPage"]
    subpage_types = ["modules.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = "module"

    @property
    def sector_labels(self):
        labels = dict(Sector.choices)
        return [labels[sector] for sector in self.sectors if sector in labels]

    def lessons(self):
        """Live lessons in order, without their bodies: lists and progress never need them."""
        return LessonPage.objects.live().child_of(self).order_by("path").defer_streamfields()

    def quiz(self):
        return QuizPage.objects.live().child_of(self).defer_streamfields().first()

    def lessons_completed_at(self, user):
        """When the learner last finished or reviewed all the live lessons, or None if some are not done."""
        lesson_ids = [lesson.pk for lesson in outline(self.path)[1]]
        times = list(
            LessonProgress.objects.for_learner(user)
            .filter(lesson_id__in=lesson_ids)
            .values_list("last_completed_at", flat=True)
        )
        if not lesson_ids or len(times) < len(lesson_ids):
            return None
        return min(times)

    def completion_for_attempt(self, attempt):
        return Completion.objects.filter(attempt=attempt, module=self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["module_state"] = ModuleState(self, request.user)
        return context


class LessonPage(CachedPrivacyMixin, SignInRequiredMixin, RoutablePageMixin, Page):
    """One lesson of a module. Only signed-in learners can open it; what they do here is recorded."""

    summary = models.TextField(blank=True, help_text="One sentence, shown in the module's list of lessons.")
    body = StreamField(LessonStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=2), index.SearchField("body")]
    parent_page_types = ["modules.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = "lesson"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        state = LessonState(self, request.user, preview=getattr(request, "is_preview", False))
        context["lesson_state"] = state
        if (
            request.user.is_authenticated
            and not state.preview
            and state.module_state.status == ModuleStatus.NOT_STARTED
        ):
            module_opened.send(sender=type(self), learner=request.user, module=state.module, lesson=self)
        return context

    complete = handled_by("complete/", "complete", "modules.responses.mark_complete")
    answer_myth = handled_by("myth/", "answer_myth", "modules.responses.answer_myth")
    choose_option = handled_by("scenario/", "choose_option", "modules.responses.choose_option")
    save_reflection = handled_by("reflection/", "save_reflection", "modules.responses.save_reflection")

    def find_block_by_id(self, block_id):
        return next((block for block in self.body if block.id == block_id), None)

    def find_block(self, block_id, block_type):
        """The body block with this id and type, or None."""
        block = self.find_block_by_id(block_id)
        return block if block is not None and block.block_type == block_type else None


class MythLibraryPage(CachedPrivacyMixin, Page):
    """The public myth-buster: every myth in the library with its fact and sources, filterable by tag."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "myth-buster page"

    def get_context(self, request, *args, **kwargs):
        from modules.models.snippets import Myth, MythTag

        context = super().get_context(request, *args, **kwargs)
        myths = Myth.objects.live().prefetch_related("tags").order_by("statement")
        tag = request.GET.get("tag", "")
        if tag:
            # A NUL cannot be in a slug, and PostgreSQL refuses it in a query: such a tag matches nothing.
            myths = myths.filter(tags__slug=tag) if "\x00" not in tag else myths.none()
        context["myths"] = myths
        context["tag"] = tag
        context["tags"] = (
            MythTag.tag_model().objects.filter(modules_mythtag_items__isnull=False).distinct().order_by("name")
        )
        return context
