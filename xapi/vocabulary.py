"""The IRIs statements are made of: ADL verbs and activity types, and the project's own extensions."""

from django.conf import settings

VERSION = "1.0.3"
LANGUAGE = "en-GB"

ADL = "http://adlnet.gov/expapi"
VERBS = {
    name: {"id": f"{ADL}/verbs/{name}", "display": {LANGUAGE: name}}
    for name in ["launched", "completed", "answered", "attempted", "passed", "failed"]
}
MODULE = f"{ADL}/activities/module"
LESSON = f"{ADL}/activities/lesson"
ASSESSMENT = f"{ADL}/activities/assessment"
INTERACTION = f"{ADL}/activities/cmi.interaction"


def site_url():
    """The site's address: the actor's account home page and the root of every IRI the project owns."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def extension(name):
    """An extension IRI the project owns, e.g. https://<site>/xapi/extensions/agency."""
    return f"{site_url()}/xapi/extensions/{name}"


def activity(kind, key):
    """A stable activity IRI: page ids do not change when a page is renamed or moved, URLs do."""
    return f"{site_url()}/xapi/activities/{kind}/{key}"


AGENCY = "agency"
JOB_ROLE = "job-role"
PAGE_REVISION = "page-revision"
CERTIFICATE_CODE = "certificate-code"
