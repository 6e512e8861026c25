from django import template

from elearning.home.footer import footer_links

register = template.Library()


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def important_page_links(context):
    return {"links": footer_links(context["request"])}
