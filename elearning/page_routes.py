"""Sub-routes of routable pages that hand the request to a view function kept in another module."""

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import path


def handled_by(pattern, name, handler):
    """A sub-route calling `handler(page, request, **url_kwargs)`, given by dotted path.

    The handler is imported on first use, so view modules may import the page models they serve.
    """

    @path(pattern, name=name)
    def route(self, request, *args, **kwargs):
        return import_string(handler)(self, request, *args, **kwargs)

    route.__name__ = name
    return route
