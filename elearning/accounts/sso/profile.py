"""What a sign-in through an agency's identity provider writes to the person's account."""


def update_job_role(user, agency, job_title):
    """Take the provider's job title as the person's job role, when it sent one.

    Kept in one place so the job role's representation can change without touching the sign-in flow.
    """
    if job_title:
        user.job_role = job_title


def apply_claims(user, agency, claims):
    """The provider is the authority on who works for its agency: name, job role and agency follow it."""
    if claims.full_name:
        user.full_name = claims.full_name
    update_job_role(user, agency, claims.job_title)
    user.agency = agency
