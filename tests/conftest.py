"""Fixtures shared by every test package: the site root, agencies and people in each role."""

import shutil

import pytest
from django.core.cache import cache

from elearning import cache_versions
from elearning.accounts.factories import AgencyFactory, UserFactory
from elearning.accounts.models import Sector
from elearning.accounts.roles import AGENCY_MANAGERS, TRAINERS
from elearning.home.demo import load_site

pytest_plugins = ["tests.modules.fixtures", "tests.elearning.background_fixtures"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Ids are reused after a rolled-back test, so cached HTML keyed by id must not outlive its test."""
    cache.clear()
    cache_versions.remembered.clear()


@pytest.fixture(scope="session")
def static_root():
    """Static files collected once per run, for every test that starts the production processes."""
    from tests.deployment.servers import collected_static

    folder = collected_static()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def home_page(db):
    return load_site()


@pytest.fixture
def agency(db):
    return AgencyFactory(name="Hampshire Constabulary", sector=Sector.POLICE)


@pytest.fixture
def other_agency(db):
    return AgencyFactory(name="Maternity services", sector=Sector.HEALTH)


@pytest.fixture
def learner(agency):
    return UserFactory(email="learner@example.org", full_name="Lee Learner", agency=agency)


@pytest.fixture
def trainer(agency):
    return UserFactory(email="trainer@example.org", full_name="Tara Trainer", agency=agency, roles=[TRAINERS])


@pytest.fixture
def agency_manager(agency):
    manager = UserFactory(email="manager@example.org", agency=agency, roles=[AGENCY_MANAGERS])
    manager.managed_agencies.add(agency)
    return manager


@pytest.fixture
def superuser(db):
    return UserFactory(email="admin@example.org", agency=None, is_superuser=True, is_staff=True, roles=[])
