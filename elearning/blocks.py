"""Blocks every app may use: a published source, the error that points an editor at a field, and the rule
that a draft is checked exactly as publishing checks it."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

SAMPLE_SOURCE = {
    "title": "Domestic Abuse Act 2021",
    "publisher": "legislation.gov.uk",
    "year": "2021",
    "url": "https://www.legislation.gov.uk/ukpga/2021/17/contents",
}


def field_error(name, message):
    """The error a StructBlock's `clean` raises to point the editor at one of its fields."""
    return StructBlockValidationError(block_errors={name: ValidationError(message)})


class ValidatedLikePublishingMixin:
    """For a StreamField's top-level StreamBlock: saving a draft checks every block as publishing does.

    Wagtail relaxes `required` on every nested block when a draft is saved, so a draft with an empty text
    block saves and then cannot be published ("could not be saved due to validation errors"), leaving the
    trainer stuck. Checking drafts in full means a saved draft can always be published.
    """

    def clean_deferred(self, value):
        return self.clean(value)


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(max_length=200)
    year = blocks.CharBlock(max_length=20, required=False)
    url = blocks.URLBlock(required=False, label="Link")

    class Meta:
        icon = "link"
        label = "Source"
        template = "components/source.html"
        preview_value = SAMPLE_SOURCE
        description = "A published source: title, publisher, year and link."


class OptionalSourceBlock(SourceBlock):
    """A source that may be left empty; once anything is filled in, title and publisher are needed."""

    title = blocks.CharBlock(max_length=300, required=False)
    publisher = blocks.CharBlock(max_length=200, required=False)

    def clean(self, value):
        value = super().clean(value)
        if any(value.get(name) for name in ("title", "publisher", "year", "url")):
            missing = {
                name: ValidationError("Needed when a source is given.")
                for name in ("title", "publisher")
                if not value.get(name)
            }
            if missing:
                raise StructBlockValidationError(block_errors=missing)
        return value
