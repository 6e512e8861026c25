"""Serving pages with the lookups that are the same for every visitor taken from the shared cache.

Wagtail finds a page by reading the site, its root page and each page on the way down, and then
reads the site root paths to build links. All of that depends only on the page tree, so it is
cached under the page-tree version (bumped on every publish, unpublish, move, rename, deletion,
privacy or site change) and handed to Wagtail through the request attributes its own
`Site.find_for_request`, `Page.route_for_request` and `Page._get_site_root_paths` read first.
"""

from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from elearning import cache_versions

CACHE_SECONDS = 60 * 60


def serve(request, path):
    """Wagtail's page view, after the site, the page and the site's root paths are known from the cache."""
    site = cached_site(request)
    request._wagtail_site = site
    if site is not None:
        request._wagtail_cached_site_root_paths = site_root_paths()
        request._wagtail_route_for_request = route(request, site, path)
    return wagtail_views.serve(request, path)


def cached(parts, compute):
    return cache_versions.cached(cache_versions.PAGES, parts, compute, CACHE_SECONDS)


def cached_site(request):
    """The request's site, or None; the host has passed ALLOWED_HOSTS, so the keys are few."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    site = cached(("site", hostname, port), lambda: Site._find_for_request(request) or "none")
    return None if site == "none" else site


def site_root_paths():
    return cached(("site-root-paths",), Site.get_site_root_paths)


def live_paths(site):
    """{url_path: page id} for every live page of the site."""
    pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
    return cached(("live-paths", site.pk), lambda: dict(pages.values_list("url_path", "pk")))


def specific_page(page_id):
    return cached(("page", page_id), lambda: Page.objects.get(pk=page_id).specific)


def route(request, site, path):
    """Wagtail's route result for the path: the deepest live page whose URL starts it routes the rest."""
    components = [component for component in path.split("/") if component]
    paths = live_paths(site)
    for count in range(len(components), -1, -1):
        page_id = paths.get(site.root_page.url_path + "".join(f"{part}/" for part in components[:count]))
        if page_id is not None:
            try:
                return specific_page(page_id).route(request, components[count:])
            except Http404:
                return None
    return None
