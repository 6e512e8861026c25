"""Job roles as a managed list per sector: matching typed job titles to it, and what is left unmapped."""

from django.db.models import Count

from .models import JobRole, User


def find_job_role(sector, text):
    """The sector's listed job role that `text` names (by its name or another name), or None.

    Case and spacing are ignored, so "police  CONSTABLE" finds "Police constable". Imports and
    single sign-on call this to map the job titles they receive.
    """
    return JobRole.objects.matching(sector, text)


def relink_sector(sector):
    """Link everyone in the sector's agencies to the role their job title now matches, or to none.

    Runs when a role is added, renamed, given other names or deleted: one update per distinct title.
    """
    people = User.objects.filter(agency__sector=sector).exclude(job_role="")
    for title in people.values_list("job_role", flat=True).distinct().order_by():
        role = find_job_role(sector, title)
        people.filter(job_role=title).exclude(listed_job_role=role).update(listed_job_role=role)


def unmapped_job_titles(agency_ids=None):
    """Job titles people typed that match no listed role, with the sector and how many people use them.

    People with no agency have no sector to map into; they are counted under a blank sector.
    """
    people = User.objects.filter(listed_job_role=None).exclude(job_role="")
    if agency_ids is not None:
        people = people.filter(agency__in=agency_ids)
    return (
        people.values("agency__sector", "job_role").annotate(people=Count("pk")).order_by("agency__sector", "job_role")
    )


def on_job_role_changed(sender, instance, **kwargs):
    relink_sector(instance.sector)
