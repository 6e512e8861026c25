"""What the demo-content loader last wrote, so that a later run can tell its own work from an editor's."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class LoadedContent(models.Model):
    """One page or snippet the curriculum loader wrote: a fingerprint of the data and, for pages, the revision."""

    key = models.CharField(max_length=255, unique=True, help_text="The curriculum's name for the object.")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    data_fingerprint = models.CharField(max_length=64, help_text="SHA-256 of the curriculum data written.")
    state_fingerprint = models.CharField(
        max_length=64, blank=True, help_text="Snippets: SHA-256 of the object's fields as the loader left them."
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Pages: the revision the loader published.",
    )
    written_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "loaded content record"

    def __str__(self):
        return self.key

    def target(self):
        """The object this record describes, or None if it has been deleted."""
        model = self.content_type.model_class()
        return model.objects.filter(pk=self.object_id).first()
