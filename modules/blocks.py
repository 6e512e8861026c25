"""The purpose-made blocks a lesson is built from, gathered in one LessonStreamBlock."""

from typing import Any, NamedTuple

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from elearning import cache_versions
from elearning.blocks import SAMPLE_SOURCE, OptionalSourceBlock, SourceBlock, ValidatedLikePublishingMixin, field_error
from elearning.rich_text import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES

LIBRARY_SECONDS = 24 * 60 * 60


class LibraryChooserBlock(SnippetChooserBlock):
    """Chooses a library snippet; lessons read the snippets from the cache, kept until the library changes."""

    def bulk_to_python(self, values):
        label = self.target_model._meta.label_lower
        keys = {value: cache_versions.key(cache_versions.LIBRARY, "snippet", label, value) for value in values}
        found = cache_versions.read_many([item for value, item in keys.items() if value is not None])
        missing = [value for value, item in keys.items() if value is not None and item not in found]
        if missing:
            fresh = self.target_model.objects.in_bulk(missing)
            cache_versions.write_many({keys[pk]: snippet for pk, snippet in fresh.items()}, LIBRARY_SECONDS)
            found.update({keys[pk]: snippet for pk, snippet in fresh.items()})
        return [found.get(keys[value]) if value is not None else None for value in values]

    def deconstruct(self):
        """Migrations see a plain snippet chooser: the cache changes how values are read, not what is stored."""
        _, args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


def published(snippet):
    """The snippet if learners may see it: one never published, or unpublished, is left out.

    A published snippet's row holds its live version (drafts live in revisions), so reading the row
    shows learners the live version only.
    """
    return snippet if snippet is not None and snippet.live else None


def first_of(model_label):
    """The first saved instance of a model, for block previews that need real content."""
    return apps.get_model(model_label).objects.first()


def require_one_of(value, fields, message):
    """Shared cross-field rule: at least one of `fields` must be filled in."""
    if not any(value.get(name) for name in fields):
        raise field_error(fields[0], message)


class PersonalBlockMixin:
    """A block whose rendering depends on the learner: it is never cached and reads `lesson_state`."""

    is_personal = True
    state_key = None

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        state = context.get("lesson_state")
        block_id = context.get("id")
        context["block_id"] = block_id
        context["response"] = state.response(self.state_key, block_id) if state else None
        return context


class MythFactItem(NamedTuple):
    """A myth-or-fact statement with its evidence, whether written in the block or drawn from the library."""

    myth: Any
    statement: str
    is_true: bool
    fact: str
    explanation: Any
    sources: list


class LessonRichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    def clean(self, value):
        """An editor left empty still holds an empty paragraph; refuse it like no text at all."""
        value = super().clean(value)
        if not strip_tags(value.source).strip():
            raise ValidationError("Write some text in this block, or remove it.")
        return value

    class Meta:
        icon = "pilcrow"
        label = "Text"
        template = "modules/blocks/rich_text_block.html"
        preview_value = "<h2>Seeing the pattern</h2><p>Coercive control is a pattern of behaviour over time.</p>"
        description = "Paragraphs, headings (level 2 and 3), lists and links."


class MythFactBlock(PersonalBlockMixin, blocks.StructBlock):
    """The learner says whether a statement is a myth or a fact, then sees the evidence."""

    state_key = "myth"
    myth = LibraryChooserBlock(
        "modules.Myth", required=False, help_text="Choose a myth from the library, or write a statement below."
    )
    statement = blocks.CharBlock(max_length=300, required=False)
    is_true = blocks.BooleanBlock(
        required=False, label="This statement is a fact", help_text="Leave unticked for a myth."
    )
    explanation = blocks.RichTextBlock(features=SHORT_RICH_TEXT_FEATURES, required=False)
    sources = blocks.ListBlock(SourceBlock(), required=False, default=[])

    def item(self, value):
        """What the learner is asked, or None when the block's library myth is not published."""
        myth = published(value.get("myth"))
        if myth is not None:
            return MythFactItem(myth, myth.statement, False, myth.fact, myth.explanation, myth.source_values)
        if value.get("myth") is not None or not value.get("statement"):
            return None
        return MythFactItem(
            None, value["statement"], bool(value["is_true"]), "", value["explanation"], list(value["sources"])
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["item"] = self.item(value)
        return context

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation:
            require_one_of(value, ["myth", "statement"], "Choose a myth from the library or write a statement.")
            if value.get("statement") and not value.get("myth") and not value.get("explanation"):
                raise field_error("explanation", "Explain the evidence behind the answer.")
        return value

    class Meta:
        icon = "help"
        label = "Myth or fact"
        template = "modules/blocks/myth_fact_block.html"
        description = "Asks the learner whether a statement is a myth or a fact, then reveals the evidence."
        preview_value = {
            "statement": "It is only abuse if it is physical.",
            "is_true": False,
            "explanation": "<p>The legal definition includes coercive control and economic and emotional abuse.</p>",
            "sources": [SAMPLE_SOURCE],
        }


class CaseStudyBlock(blocks.StructBlock):
    case_study = LibraryChooserBlock("modules.CaseStudy")
    prompt = blocks.CharBlock(max_length=300, required=False, help_text="A question to read the case study with.")

    class Meta:
        icon = "doc-full"
        label = "Case study"
        template = "modules/blocks/case_study_block.html"
        description = "A case study chosen from the library."
        preview_value = staticmethod(lambda: {"case_study": first_of("modules.CaseStudy"), "prompt": "What helped?"})


class ScenarioOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label="Option")
    feedback = blocks.TextBlock(help_text="Shown after the learner chooses this option: say why.")
    is_best = blocks.BooleanBlock(required=False, label="This is the best response")

    class Meta:
        icon = "radio-full"
        label = "Option"


class ScenarioBlock(PersonalBlockMixin, blocks.StructBlock):
    """A practice situation with options; choosing one shows its feedback. Formative, not graded."""

    state_key = "scenario"
    situation = blocks.RichTextBlock(features=SHORT_RICH_TEXT_FEATURES)
    question = blocks.CharBlock(max_length=300)
    options = blocks.ListBlock(ScenarioOptionBlock(), min_num=2, max_num=6)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        response = context["response"]
        options = list(value["options"])
        context["chosen"] = (
            options[response.option_index] if response and response.option_index < len(options) else None
        )
        return context

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation and not any(option.get("is_best") for option in value["options"]):
            raise field_error("options", "Mark at least one option as the best response.")
        return value

    class Meta:
        icon = "list-ul"
        label = "Practice scenario"
        template = "modules/blocks/scenario_block.html"
        description = "A situation, a question and options, each with feedback. Not graded."
        preview_value = {
            "situation": "<p>A mother tells you her partner checks her phone every evening.</p>",
            "question": "What do you do next?",
            "options": [
                {"text": "Ask more, privately", "feedback": "Yes: this may be part of a pattern.", "is_best": True},
                {"text": "Note it and move on", "feedback": "This misses a possible pattern of control."},
            ],
        }


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Key points")
    points = blocks.ListBlock(blocks.CharBlock(max_length=400, label="Point"), min_num=1)

    class Meta:
        icon = "tick"
        label = "Key points"
        template = "modules/blocks/key_points_block.html"
        description = "A short list of the points to remember."
        preview_value = {"heading": "Key points", "points": ["Look for the pattern.", "Record what you see."]}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(max_length=200)
    voice = blocks.ChoiceBlock(
        choices=[("child", "A child"), ("survivor", "A survivor"), ("practitioner", "A practitioner")],
        default="survivor",
    )
    source = OptionalSourceBlock()

    class Meta:
        icon = "openquote"
        label = "Quote"
        template = "modules/blocks/quote_block.html"
        description = "The words of a child, survivor or practitioner, with attribution."
        preview_value = {"quote": "Words from a published account.", "attribution": "A survivor", "voice": "survivor"}


class ReflectionBlock(PersonalBlockMixin, blocks.StructBlock):
    """A prompt for a private note that only the learner can read back."""

    state_key = "reflection"
    prompt = blocks.CharBlock(max_length=400)
    hint = blocks.CharBlock(max_length=400, required=False)

    class Meta:
        icon = "edit"
        label = "Reflection prompt"
        template = "modules/blocks/reflection_block.html"
        description = "The learner writes a private note, seen only by them."
        preview_value = {"prompt": "Think of a family you have worked with.", "hint": "Only you can read this."}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(max_length=250, help_text="Describe the image for someone who cannot see it.")
    caption = blocks.CharBlock(max_length=300)

    class Meta:
        icon = "image"
        label = "Image"
        template = "modules/blocks/figure_block.html"
        description = "An image with alternative text and a caption, both required."
        preview_value = staticmethod(
            lambda: {"image": first_of("wagtailimages.Image"), "alt_text": "Example image", "caption": "A caption."}
        )


class SupportBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="If this raises something for you")
    intro = blocks.TextBlock(required=False)
    services = blocks.ListBlock(LibraryChooserBlock("modules.SupportService"), min_num=1)

    class Meta:
        icon = "group"
        label = "Support signposting"
        template = "modules/blocks/support_block.html"
        description = "Helplines and services chosen from the library."
        preview_value = staticmethod(
            lambda: {
                "heading": "If this raises something for you",
                "services": list(apps.get_model("modules.SupportService").objects.all()[:2]),
            }
        )


class SourcesBlock(blocks.StructBlock):
    sources = blocks.ListBlock(SourceBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        label = "Sources"
        template = "modules/blocks/sources_block.html"
        description = "The sources this lesson draws on."
        preview_value = {"sources": [SAMPLE_SOURCE]}


class LessonStreamBlock(ValidatedLikePublishingMixin, blocks.StreamBlock):
    text = LessonRichTextBlock()
    myth_fact = MythFactBlock()
    case_study = CaseStudyBlock()
    scenario = ScenarioBlock()
    key_points = KeyPointsBlock()
    quote = QuoteBlock()
    reflection = ReflectionBlock()
    image = FigureBlock()
    support = SupportBlock()
    sources = SourcesBlock()
