"""The footer's links to important pages, cached because they are the same for every visitor."""

from django.core.cache import cache
from wagtail.models import Site

from .models import ImportantPages

LABELS = [
    ("support", "Getting support"),
    ("privacy_notice", "Privacy notice"),
    ("accessibility_statement", "Accessibility statement"),
]
CACHE_SECONDS = 60 * 60


def cache_key(site_id):
    return f"footer-links:{site_id}"


def footer_links(request):
    """(label, url) pairs for the important pages of the request's site that are live."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = cache_key(site.pk)
    links = cache.get(key)
    if links is None:
        important = ImportantPages.objects.select_related(*(name for name, _ in LABELS)).filter(site=site).first()
        links = []
        for name, label in LABELS:
            page = getattr(important, name, None)
            if page is not None and page.live:
                links.append((label, page.get_url(request)))
        cache.set(key, links, CACHE_SECONDS)
    return links


def forget_footer_links(**kwargs):
    cache.delete_many([cache_key(site_id) for site_id in Site.objects.values_list("pk", flat=True)])
