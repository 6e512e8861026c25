"""Every URL of the project's own apps, as templates whose arguments a test can fill with anything.

Walks Django's URL resolver (views, and the Wagtail admin viewsets of the project's models) and the
page tree (each page's URL and its routable sub-routes), reverses each pattern with marker values,
then GETs it once as a superuser to learn the names of its form fields.
"""

import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from django.apps import apps
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, UUIDConverter
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

PROJECT_PACKAGES = ("elearning", "modules", "quizzes", "reports")
PROJECT_APP_LABELS = {config.label for config in apps.get_app_configs() if config.name.startswith(PROJECT_PACKAGES)}
FIELD_NAME = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"([^\"]+)\"", re.IGNORECASE)
SKIPPED_FIELDS = {"csrfmiddlewaretoken"}
# Query parameters the project's views and Wagtail's listings read, beyond the fields on their forms.
COMMON_PARAMETERS = ["q", "p", "page", "ordering", "export", "next", "code", "agency", "module", "sector"]


@dataclass
class Target:
    """One URL: `template` holds each argument's marker; `samples` are values that find a real object."""

    name: str
    template: str
    samples: dict
    fields: list = field(default_factory=list)

    def url(self, arguments):
        url = self.template
        for marker, value in arguments.items():
            url = url.replace(marker, quote(str(value), safe=""))
        return url


def view_model(callback):
    model = (getattr(callback, "view_initkwargs", None) or {}).get("model")
    return apps.get_model(model) if isinstance(model, str) else model


def owned_by_project(callback):
    view_class = getattr(callback, "view_class", None)
    model = view_model(callback)
    modules = [callback.__module__, getattr(view_class, "__module__", "")]
    return any(module.startswith(PROJECT_PACKAGES) for module in modules) or (
        model is not None and model._meta.app_label in PROJECT_APP_LABELS
    )


def walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and pattern.name != "wagtail_serve":
            yield f"{namespace}{pattern.name}", pattern


def argument_names(pattern_name):
    """Argument names and converters of a named pattern, from the resolver's reverse dictionary."""
    resolver = get_resolver()
    *namespaces, name = pattern_name.split(":")
    for namespace in namespaces:
        resolver = resolver.namespace_dict[namespace][1]
    possibilities = resolver.reverse_dict.getlist(name)
    if not possibilities:
        return {}
    _, _, _, converters = possibilities[0]
    return {argument: converters.get(argument) for argument in possibilities[0][0][0][1]}


def marker(index, converter):
    if isinstance(converter, IntConverter):
        return str(987654320 + index)
    if isinstance(converter, UUIDConverter):
        return str(uuid.UUID(int=index + 1))
    return f"zzmarker{index}zz"


def sample_value(argument, callback, known):
    model = view_model(callback)
    if argument in known:
        return known[argument]
    if model is not None and (instance := model._default_manager.order_by("pk").first()) is not None:
        return str(instance.pk)
    return "1"


def resolver_targets(known):
    for name, pattern in walk(get_resolver().url_patterns):
        if not owned_by_project(pattern.callback):
            continue
        converters = argument_names(name)
        markers = {argument: marker(index, converter) for index, (argument, converter) in enumerate(converters.items())}
        try:
            template = reverse(name, kwargs=markers)
        except NoReverseMatch:  # a pattern whose converter refuses the markers
            continue
        samples = {markers[argument]: sample_value(argument, pattern.callback, known) for argument in markers}
        yield Target(name, template, samples)


def page_targets(known):
    for page in Page.objects.live().specific():
        if page.url is None:  # the tree's root, outside every site
            continue
        yield Target(f"page {type(page).__name__}", page.url, {})
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                arguments = {
                    argument: f"zzmarker{index}zz" for index, argument in enumerate(route.pattern.regex.groupindex)
                }
                try:
                    tail = page.reverse_subpage(route.name, kwargs=arguments)
                except NoReverseMatch:
                    continue
                samples = {value: known.get(argument, "x") for argument, value in arguments.items()}
                yield Target(f"page {type(page).__name__} {route.name}", page.url + tail, samples)


def with_form_fields(client, target):
    response = client.get(target.url(target.samples))
    html = response.content.decode(errors="replace") if not getattr(response, "streaming", False) else ""
    found = {name for name in FIELD_NAME.findall(html) if name not in SKIPPED_FIELDS}
    target.fields = sorted(found | set(COMMON_PARAMETERS))
    return target


def every_target(client, known):
    """Each project URL once, with its form fields found by GET-ing it as the client's user."""
    targets = {target.template: target for target in [*resolver_targets(known), *page_targets(known)]}
    return [with_form_fields(client, target) for target in targets.values()]
