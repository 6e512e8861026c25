"""`{{ value|long_date }}`: the site's single date format, shared with certificates and their PDFs."""

from django import template

from elearning.dates import long_date as format_long_date

register = template.Library()


@register.filter
def long_date(value):
    return format_long_date(value)
