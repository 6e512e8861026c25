"""The one place an imported job-role cell becomes the learner's job role: the sector's managed list."""

from elearning.accounts.job_roles import find_job_role
from elearning.accounts.models import job_role_key


def job_role_resolver(agency):
    """A function from a job-role cell to (JobRole or None, error message or None), for one agency's file.

    A blank cell means no job role. Text that names no role on the sector's list is an error: the
    manager adds it to a role's other names (Settings > Job roles) or corrects the file. Each distinct
    title is looked up once per file.
    """
    found = {}

    def resolve(text):
        key = job_role_key(text)
        if not key:
            return None, None
        if key not in found:
            found[key] = find_job_role(agency.sector, text)
        role = found[key]
        if role is None:
            title = " ".join(text.split())[:150]
            return None, f"The job role “{title}” is not on the {agency.get_sector_display()} list of job roles."
        return role, None

    return resolve
