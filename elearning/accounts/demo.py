"""Demo agencies, named after the partnership's agencies in the inspection letter, and one account per role."""

from django.contrib.auth.models import Group

from .factories import DEFAULT_PASSWORD
from .models import Agency, Sector, User
from .roles import AGENCY_MANAGERS, LEARNERS, PARTNERSHIP_MANAGERS, TRAINERS

AGENCIES = [
    ("Hampshire Children's Services", Sector.CHILDRENS_SOCIAL_CARE),
    ("Hampshire Constabulary", Sector.POLICE),
    ("NHS clinical commissioning groups", Sector.HEALTH),
    ("Maternity services", Sector.HEALTH),
    ("Health visiting service", Sector.HEALTH),
    ("Perinatal mental health service", Sector.HEALTH),
    ("Adult mental health services", Sector.HEALTH),
    ("Child and adolescent mental health service", Sector.HEALTH),
    ("Emergency department", Sector.HEALTH),
    ("Substance misuse service", Sector.ADULT_SERVICES),
    ("National Probation Service", Sector.PROBATION),
    ("Community Rehabilitation Company", Sector.PROBATION),
    ("Youth offending team", Sector.YOUTH_JUSTICE),
    ("Hampshire schools", Sector.EDUCATION),
    ("Commissioned domestic abuse services", Sector.VOLUNTARY_SECTOR),
]

# (email, full name, agency, job role, roles, superuser, managed agencies)
ACCOUNTS = [
    ("admin@example.org", "Alex Administrator", None, "Platform administrator", [], True, []),
    (
        "trainer@example.org",
        "Tara Trainer",
        "Hampshire Children's Services",
        "Safeguarding trainer",
        [TRAINERS],
        False,
        [],
    ),
    (
        "agency.manager@example.org",
        "Morgan Manager",
        "Hampshire Constabulary",
        "Detective inspector",
        [AGENCY_MANAGERS],
        False,
        ["Hampshire Constabulary"],
    ),
    (
        "partnership.manager@example.org",
        "Priya Partnership",
        "Hampshire Children's Services",
        "Partnership business manager",
        [PARTNERSHIP_MANAGERS],
        False,
        [],
    ),
    ("learner@example.org", "Lee Learner", "Maternity services", "Community midwife", [LEARNERS], False, []),
]


def load_agencies():
    for name, sector in AGENCIES:
        Agency.objects.get_or_create(name=name, defaults={"sector": sector})


def load_accounts():
    """Create each demo account once; an existing account is left exactly as it is."""
    for email, full_name, agency, job_role, roles, superuser, managed in ACCOUNTS:
        if User.objects.filter(email=email).exists():
            continue
        fields = {
            "full_name": full_name,
            "agency": Agency.objects.filter(name=agency).first(),
            "job_role": job_role,
        }
        if superuser:
            user = User.objects.create_superuser(email, DEFAULT_PASSWORD, **fields)
        else:
            user = User.objects.create_user(email, DEFAULT_PASSWORD, **fields)
        user.groups.set([Group.objects.get_or_create(name=role)[0] for role in roles])
        user.managed_agencies.set(Agency.objects.filter(name__in=managed))
