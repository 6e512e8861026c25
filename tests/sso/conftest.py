"""The single sign-on round trip's processes: the site as in production, and three identity providers.

- `police` is Hampshire Constabulary's provider (password or single sign-on allowed);
- `maternity` is Maternity services' provider (single sign-on only), a second provider process;
- `probation` is the National Probation Service's, but it names another tenant as its issuer, the way
  a provider set up for a different tenant would.

The site's database is migrated while the providers start, and the site's gunicorn starts while the
providers register its client applications: neither waits for the other.
"""

import json
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.deployment.servers import Gunicorn, fresh_database, manage, production_env

from .providers import IdentityProvider, migrated_database, rsa_private_key, temporary_folder
from .site_database import SiteDatabase

AGENCIES = {
    "police": ("Hampshire Constabulary", "police", "police.example", "password_or_sso"),
    "maternity": ("Maternity services", "health", "nhs.example", "sso_only"),
    "probation": ("National Probation Service", "probation", "probation.example", "password_or_sso"),
}
PEOPLE_BEFORE_SSO = [
    {"email": "existing@police.example", "full_name": "Eve Existing", "agency": "Hampshire Constabulary"},
    {"email": "unverified@police.example", "full_name": "Uma Unverified", "agency": "Hampshire Constabulary"},
    {"email": "midwife@nhs.example", "full_name": "Mia Midwife", "agency": "Maternity services"},
]
SITE_SCRIPT = """
import json
from django.contrib.auth.models import Group
from elearning.accounts.factories import DEFAULT_PASSWORD
from elearning.accounts.models import Agency, User
from elearning.accounts.sso.configuration import configure
data = json.loads({data!r})
for row in data["agencies"]:
    agency, _ = Agency.objects.get_or_create(name=row["name"], defaults={{"sector": row["sector"]}})
    configure(agency, issuer=row["issuer"], client_id=row["client_id"], secret=row["client_secret"],
              sign_in_method=row["method"], domains=[row["domain"]])
    print(json.dumps({{"agency": row["key"], "provider_id": f"agency-{{agency.pk}}"}}))
learners = Group.objects.get(name="Learners")
for person in data["people"]:
    user = User.objects.create_user(person["email"], DEFAULT_PASSWORD, full_name=person["full_name"],
                                    agency=Agency.objects.get(name=person["agency"]), job_role="Detective")
    user.groups.add(learners)
"""


def client_for(key):
    return {"client_id": f"site-{key}", "client_secret": f"secret-for-{key}-" + "s" * 20}


def prepare_site(server, providers):
    """Migrate the site's new database; configure each agency's provider and the people from before SSO."""
    manage(server.env, "migrate", "--noinput", "-v0")
    agencies = [
        {"key": key, "name": name, "sector": sector, "domain": domain, "method": method, **client_for(key)}
        for key, (name, sector, domain, method) in AGENCIES.items()
    ]
    for agency in agencies:
        agency["issuer"] = providers[agency["key"]].address
    script = SITE_SCRIPT.format(data=json.dumps({"agencies": agencies, "people": PEOPLE_BEFORE_SSO}))
    return [json.loads(line) for line in manage(server.env, "shell", "--no-imports", "-c", script).splitlines()]


def start_providers(providers, folder, key):
    template = migrated_database(folder, key)
    for provider in providers.values():
        provider.template = template
        provider.start()


@pytest.fixture(scope="package")
def round_trip(static_root):
    folder = temporary_folder()
    key = rsa_private_key()
    providers = {name: IdentityProvider(name, folder, None, key) for name in AGENCIES}
    providers["probation"].issuer = f"{providers['probation'].address}/another-tenant"
    database = fresh_database()
    site = Gunicorn(production_env(database.url, DJANGO_STATIC_ROOT=static_root), workers=2)
    site.database = SiteDatabase(database.url)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            configured = pool.submit(prepare_site, site, providers)
            pool.submit(start_providers, providers, folder, key).result()
            configured = configured.result()
        for row in configured:
            callback = f"https://127.0.0.1:{site.port}/accounts/sso/{row['provider_id']}/callback/"
            providers[row["agency"]].client = {**client_for(row["agency"]), "redirect_uri": callback}
        with ThreadPoolExecutor(max_workers=4) as pool:
            registered = [pool.submit(provider.add, apps=[provider.client]) for provider in providers.values()]
            site.start()
            for registration in registered:
                registration.result()
        yield site, providers
    finally:
        site.stop()
        for provider in providers.values():
            provider.stop()
        database.drop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="package")
def site(round_trip):
    return round_trip[0]


@pytest.fixture(scope="package")
def providers(round_trip):
    return round_trip[1]
