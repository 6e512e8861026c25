"""The one place an imported job-role cell becomes the learner's job role."""

MAX_LENGTH = 150


def resolve_job_role(agency, text):
    """(job role to store, error message or None) for the text in an agency's staff list."""
    from .planning import plain_text

    role = plain_text(text)
    if len(role) > MAX_LENGTH:
        return "", f"The job role is longer than {MAX_LENGTH} characters."
    return role, None
