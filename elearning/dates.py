"""The one way learner pages and certificates write a date: "2 December 2026"."""

import datetime

from django.utils import dateformat, timezone

LONG_DATE = "j F Y"


def long_date(value):
    """A date or datetime as "2 December 2026" (datetimes in the site's time zone); empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return dateformat.format(value, LONG_DATE)
