"""The site root, plain information pages, and the links every page footer needs."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from elearning.page_access import CachedPrivacyMixin
from elearning.rich_text import INFORMATION_FEATURES


class HomePage(CachedPrivacyMixin, Page):
    """The front door: what the platform is for, with sign-in and registration."""

    lead = models.TextField(help_text="One or two sentences under the main heading.")
    body = RichTextField(features=INFORMATION_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.InformationPage", "modules.ModuleIndexPage", "modules.MythLibraryPage"]
    max_count = 1

    def route(self, request, path_components):
        """Find the page for a URL in one query by its url_path, rather than one query per level.

        The deepest page whose path is a prefix of the URL gets the remaining components, so routable
        pages still see their sub-routes; unmatched URLs fall back to Wagtail's walk (and its 404).
        """
        if path_components:
            prefixes = [
                self.url_path + "/".join(path_components[:count]) + "/" for count in range(1, len(path_components) + 1)
            ]
            page = Page.objects.filter(url_path__in=prefixes).order_by("-depth").first()
            if page is not None:
                return page.specific.route(request, path_components[page.depth - self.depth :])
        return super().route(request, path_components)

    class Meta:
        verbose_name = "home page"


class InformationPage(CachedPrivacyMixin, Page):
    """A plain page of text: privacy notice, accessibility statement, getting support."""

    summary = models.TextField(blank=True, help_text="Shown under the title and in search results.")
    body = RichTextField(features=INFORMATION_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.InformationPage"]
    subpage_types = ["home.InformationPage"]

    class Meta:
        verbose_name = "information page"


def important_page(help_text=""):
    """An optional link to a page; it empties itself when the page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text=help_text
    )


@register_setting(icon="link")
class ImportantPages(BaseSiteSetting):
    """Pages the header, the footer and the registration form link to."""

    catalogue = important_page("The module catalogue.")
    myth_buster = important_page()
    privacy_notice = important_page()
    accessibility_statement = important_page()
    support = important_page("Where to find help with domestic abuse: helplines and local services.")

    panels = [
        FieldPanel(name)
        for name in ("catalogue", "myth_buster", "privacy_notice", "accessibility_statement", "support")
    ]

    class Meta:
        verbose_name = "important pages"
