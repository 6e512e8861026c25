"""The roles people hold on the platform, as Django groups."""

LEARNERS = "Learners"
TRAINERS = "Trainers"
AGENCY_MANAGERS = "Agency managers"
PARTNERSHIP_MANAGERS = "Partnership managers"

ALL_ROLES = [LEARNERS, TRAINERS, AGENCY_MANAGERS, PARTNERSHIP_MANAGERS]


def has_role(user, role):
    return user.is_authenticated and user.groups.filter(name=role).exists()
