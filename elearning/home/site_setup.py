"""Putting a HomePage at the root of the default site."""

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage


@transaction.atomic
def ensure_home_page(**fields):
    """The site's HomePage, created in place of Wagtail's welcome page if there is none yet."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or create_tree_root()
        for page in root.get_children().filter(slug="home"):
            if page.specific_class is Page and not page.get_children().exists():
                page.delete()
        home = root.add_child(instance=HomePage(slug="home", **fields))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def create_tree_root():
    """The root of the page tree, as Wagtail's migrations make it, for a database that was emptied."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _ = Locale.objects.get_or_create(language_code=language)
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
