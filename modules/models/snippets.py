"""Reusable content that lessons draw on: case studies, the myth library and support services."""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from elearning.rich_text import CASE_STUDY_FEATURES, SHORT_RICH_TEXT_FEATURES
from modules.blocks import SourceBlock

SOURCES_HELP = "Every fact needs at least one published source."


def sources_field():
    return StreamField([("source", SourceBlock())], min_num=1, help_text=SOURCES_HELP)


class SourcesMixin:
    @property
    def source_values(self):
        return [child.value for child in self.sources]


class CaseStudy(SourcesMixin, index.Indexed, models.Model):
    """A real example of practice, good or in need of improvement, told so learners can learn from it."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    setting = models.CharField(max_length=200, help_text="Who and where, for example: children's services, 2016.")
    summary = models.TextField()
    body = RichTextField(features=CASE_STUDY_FEATURES)
    learning_points = StreamField([("point", blocks.CharBlock(max_length=400))], blank=True)
    sources = sources_field()

    panels = [
        FieldPanel(name) for name in ("title", "slug", "setting", "summary", "body", "learning_points", "sources")
    ]
    search_fields = [
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


class Myth(SourcesMixin, index.Indexed, ClusterableModel):
    """A belief that gets in the way of good practice, with the evidence that corrects it."""

    statement = models.CharField(max_length=300, help_text="The belief, as a practitioner might say it.")
    slug = models.SlugField(max_length=100, unique=True)
    fact = models.TextField(help_text="One or two sentences: what the evidence shows instead.")
    explanation = RichTextField(features=SHORT_RICH_TEXT_FEATURES)
    sources = sources_field()
    tags = ClusterTaggableManager(through=MythTag, blank=True)

    panels = [FieldPanel(name) for name in ("statement", "slug", "fact", "explanation", "sources", "tags")]
    search_fields = [
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


class SupportService(models.Model):
    """A helpline or service that learners, or the people they work with, can turn to."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    phone = models.CharField(max_length=40, blank=True)
    opening_hours = models.CharField(max_length=200, blank=True)
    url = models.URLField(blank=True, verbose_name="link")
    who_for = models.CharField(max_length=300, verbose_name="who it is for")
    notes = models.TextField(blank=True, help_text="How to use the service safely, or anything else to know.")
    display_order = models.PositiveSmallIntegerField(default=100, help_text="Lower numbers are listed first.")

    panels = [
        HelpPanel(
            content="<p><strong>Check the number and opening hours on the service's own website before "
            "this goes live, and again at least every six months.</strong> Helplines change hours and operators.</p>"
        ),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("phone"),
        FieldPanel("opening_hours"),
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
