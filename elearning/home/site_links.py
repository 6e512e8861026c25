"""Links to the site's important pages for the header and footer, cached because they are the same for everyone."""

from wagtail.models import Site

from elearning import cache_versions

from .models import ImportantPages

LABELS = [
    ("catalogue", "Modules"),
    ("myth_buster", "Myth-buster"),
    ("support", "Getting support"),
    ("privacy_notice", "Privacy notice"),
    ("accessibility_statement", "Accessibility statement"),
]
FOOTER = ["support", "privacy_notice", "accessibility_statement"]
CACHE_SECONDS = 60 * 60


def site_links(request):
    """{name: (label, url)} for the important pages of the request's site that are live."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute():
        important = ImportantPages.objects.select_related(*(name for name, _ in LABELS)).filter(site=site).first()
        links = {}
        for name, label in LABELS:
            page = getattr(important, name, None)
            if page is not None and page.live:
                links[name] = (label, page.get_url(request))
        links["footer"] = [links[name] for name in FOOTER if name in links]
        return links

    return cache_versions.cached(cache_versions.PAGES, ("site-links", site.pk), compute, CACHE_SECONDS)
