"""The roles people hold on the platform, as Django groups."""

from elearning import cache_versions

LEARNERS = "Learners"
TRAINERS = "Trainers"
AGENCY_MANAGERS = "Agency managers"
PARTNERSHIP_MANAGERS = "Partnership managers"

ALL_ROLES = [LEARNERS, TRAINERS, AGENCY_MANAGERS, PARTNERSHIP_MANAGERS]
ADMIN_ROLES = {TRAINERS, AGENCY_MANAGERS, PARTNERSHIP_MANAGERS}


ROLE_SECONDS = 60 * 60


def role_names(user):
    """The user's role names, read once per user object and cached until any membership changes."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_role_names"):
        user._role_names = cache_versions.cached(
            cache_versions.ROLES,
            ("roles", user.pk),
            lambda: frozenset(user.groups.values_list("name", flat=True)),
            ROLE_SECONDS,
        )
    return user._role_names


def forget_roles(**kwargs):
    cache_versions.bump(cache_versions.ROLES)


def has_role(user, role):
    return role in role_names(user)


def uses_admin(user):
    """Whether to offer the admin link: administrators and every staff role (one cached query)."""
    return user.is_authenticated and user.is_active and (user.is_superuser or bool(role_names(user) & ADMIN_ROLES))


def sees_every_agency(user):
    """Administrators and partnership managers see the records of every agency."""
    return user.is_authenticated and user.is_active and (user.is_superuser or has_role(user, PARTNERSHIP_MANAGERS))


def sees_named_records(user):
    """Who may see named learners' training records: managers and administrators, never trainers alone."""
    return sees_every_agency(user) or (user.is_active and has_role(user, AGENCY_MANAGERS))


def sees_answer_statistics(user):
    """Who may see aggregate, suppressed statistics on answers: trainers as well as managers."""
    return sees_named_records(user) or (user.is_active and has_role(user, TRAINERS))


def visible_agency_ids(user):
    """The agencies whose records this user may see: None means all of them."""
    if sees_every_agency(user):
        return None
    if sees_named_records(user):
        return set(user.managed_agencies.values_list("pk", flat=True))
    return set()


def configures_single_sign_on(user):
    """Agencies' identity providers are set up by partnership managers and administrators only."""
    return sees_every_agency(user)


def sees_content_statistics(user):
    """Who may see partnership-wide statistics on the content: trainers, partnership managers, administrators.

    Agency managers are left out: these reports judge questions and myths, which only trainers can
    change, and an agency-sized group (top and bottom thirds of a handful of staff) comes close to
    ranking named people. Managers keep the agency-scoped insights report.
    """
    return sees_every_agency(user) or (user.is_authenticated and user.is_active and has_role(user, TRAINERS))
