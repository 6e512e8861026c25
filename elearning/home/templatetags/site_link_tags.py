from django import template

from elearning.home.site_links import site_links

register = template.Library()


@register.simple_tag(takes_context=True)
def important_links(context):
    """{name: (label, url)} for the header and footer; empty outside a request."""
    request = context.get("request")
    return site_links(request) if request is not None else {}
