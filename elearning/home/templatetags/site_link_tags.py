from django import template

from elearning.accounts import roles
from elearning.home.site_links import site_links

register = template.Library()


@register.simple_tag(takes_context=True)
def important_links(context):
    """{name: (label, url)} of the important pages, for every template that links one; empty outside a request."""
    request = context.get("request")
    return site_links(request) if request is not None else {}


@register.filter
def uses_admin(user):
    return roles.uses_admin(user)
