"""Reusable content that lessons draw on: case studies, the myth library and support services."""

from calendar import monthrange

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from elearning.rich_text import CASE_STUDY_FEATURES, SHORT_RICH_TEXT_FEATURES
from modules.blocks import SourceBlock

SOURCES_HELP = "Every fact needs at least one published source."


def sources_field():
    return StreamField([("source", SourceBlock())], min_num=1, help_text=SOURCES_HELP)


class LiveQuerySet(models.QuerySet):
    def live(self):
        """What learners may see: published snippets, in their published version (the row holds it)."""
        return self.filter(live=True)


class ReviewedSnippet(PreviewableMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A library snippet edited like a page: drafts, revisions, preview, locking and the moderation workflow.

    The table row always holds the published version; a saved draft lives only in a revision until
    it is published, so whatever reads the row (lesson blocks, the myth-buster, module pages) shows
    the live version only, once `live()` has left out snippets never published or unpublished.
    """

    objects = LiveQuerySet.as_manager()
    preview_template = None

    class Meta:
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template


def review_relations(name):
    """The generic relations Wagtail's workflow and revision views read, named after the snippet."""
    return (
        GenericRelation(
            "wagtailcore.WorkflowState",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=name,
            for_concrete_model=False,
        ),
        GenericRelation(
            "wagtailcore.Revision",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=name,
            for_concrete_model=False,
        ),
    )


class SourcesMixin:
    @property
    def source_values(self):
        return [child.value for child in self.sources]


class CaseStudy(SourcesMixin, index.Indexed, ReviewedSnippet):
    """A real example of practice, good or in need of improvement, told so learners can learn from it."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    setting = models.CharField(max_length=200, help_text="Who and where, for example: children's services, 2016.")
    summary = models.TextField()
    body = RichTextField(features=CASE_STUDY_FEATURES)
    learning_points = StreamField([("point", blocks.CharBlock(max_length=400))], blank=True)
    sources = sources_field()
    workflow_states, revisions = review_relations("case_study")

    preview_template = "modules/previews/case_study.html"
    panels = [
        FieldPanel(name) for name in ("title", "slug", "setting", "summary", "body", "learning_points", "sources")
    ]
    search_fields = [
        index.FilterField("live"),
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "case studies"

    def __str__(self):
        return self.title


class MythTag(TaggedItemBase):
    content_object = ParentalKey("modules.Myth", on_delete=models.CASCADE, related_name="tagged_items")


class Myth(SourcesMixin, index.Indexed, ReviewedSnippet, ClusterableModel):
    """A belief that gets in the way of good practice, with the evidence that corrects it."""

    statement = models.CharField(max_length=300, help_text="The belief, as a practitioner might say it.")
    slug = models.SlugField(max_length=100, unique=True)
    fact = models.TextField(help_text="One or two sentences: what the evidence shows instead.")
    explanation = RichTextField(features=SHORT_RICH_TEXT_FEATURES)
    sources = sources_field()
    tags = ClusterTaggableManager(through=MythTag, blank=True)
    workflow_states, revisions = review_relations("myth")

    preview_template = "modules/previews/myth.html"
    panels = [FieldPanel(name) for name in ("statement", "slug", "fact", "explanation", "sources", "tags")]
    search_fields = [
        index.FilterField("live"),
        index.SearchField("statement", boost=3),
        index.AutocompleteField("statement"),
        index.SearchField("fact", boost=2),
        index.SearchField("explanation"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        ordering = ["statement"]

    def __str__(self):
        return self.statement


CHECK_EVERY_MONTHS = 6


class SupportServiceQuerySet(LiveQuerySet):
    def due_for_check(self, today=None):
        """Services whose number and hours were last checked six months ago or more, or never."""
        cutoff = months_before(today or timezone.localdate(), CHECK_EVERY_MONTHS)
        return self.filter(Q(last_checked__isnull=True) | Q(last_checked__lte=cutoff)).order_by(
            F("last_checked").asc(nulls_first=True), "name"
        )


def months_before(day, months):
    """The same day of the month `months` earlier, or that month's last day when it is shorter."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, monthrange(year, month + 1)[1]))


class SupportService(ReviewedSnippet):
    """A helpline or service that learners, or the people they work with, can turn to."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    phone = models.CharField(max_length=40, blank=True)
    opening_hours = models.CharField(max_length=200, blank=True)
    url = models.URLField(blank=True, verbose_name="link")
    who_for = models.CharField(max_length=300, verbose_name="who it is for")
    notes = models.TextField(blank=True, help_text="How to use the service safely, or anything else to know.")
    display_order = models.PositiveSmallIntegerField(default=100, help_text="Lower numbers are listed first.")
    last_checked = models.DateField(
        "number and hours last checked",
        null=True,
        blank=True,
        help_text="The day someone last checked the number and opening hours on the service's own website.",
    )
    workflow_states, revisions = review_relations("support_service")

    objects = SupportServiceQuerySet.as_manager()

    preview_template = "modules/previews/support_service.html"
    panels = [
        HelpPanel(
            content="<p><strong>Check the number and opening hours on the service's own website before "
            "this goes live, and again at least every six months.</strong> Helplines change hours and operators.</p>"
        ),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("phone"),
        FieldPanel("opening_hours"),
        FieldPanel("last_checked"),
        FieldPanel("url"),
        FieldPanel("who_for"),
        FieldPanel("notes"),
        FieldPanel("display_order"),
    ]

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self):
        return self.name

    @property
    def tel_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
