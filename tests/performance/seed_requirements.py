"""Give a seeded bench database training requirements (each live module, required sector-wide where it is
meant) and the synthetic learners a team each, as an agency's staff-list import records.

Usage: python tests/performance/seed_requirements.py   (DATABASE_URL points at a seeded database)
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from elearning.accounts.models import User  # noqa: E402
from modules.models import ModulePage  # noqa: E402
from onboarding.models import Employment  # noqa: E402
from training.models import TrainingRequirement  # noqa: E402

TEAMS = ["North", "South", "East", "West", "Central", "Night shift"]


def seed_teams():
    """A staff-list entry for each synthetic learner without one: one of six teams, or none for one in ten."""
    synthetic = User.objects.filter(email__endswith="@example.invalid", employment__isnull=True)
    people = synthetic.values_list("pk", flat=True)
    entries = [Employment(user_id=pk, team="" if pk % 10 == 0 else TEAMS[pk % len(TEAMS)]) for pk in people.iterator()]
    Employment.objects.bulk_create(entries, batch_size=5000)
    return len(entries)


def main():
    starts = timezone.localdate() - timedelta(days=365)
    created = 0
    for module in ModulePage.objects.live():
        for sector in module.sectors:
            _, new = TrainingRequirement.objects.get_or_create(
                module=module, sector=sector, agency=None, job_role=None, defaults={"starts_on": starts}
            )
            created += new
    print(f"{created} training requirements")
    print(f"{seed_teams()} staff-list entries with teams")
    # Planner statistics (and on PostgreSQL visibility maps) as autovacuum, or SQLite's nightly
    # `PRAGMA optimize` (docs/deploy.md), would leave them after a bulk load: without them the planner
    # misjudges the seeded tables.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


if __name__ == "__main__":
    main()
