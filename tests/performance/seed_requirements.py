"""Give a seeded bench database training requirements: each live module, required sector-wide where it is meant.

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

from modules.models import ModulePage  # noqa: E402
from training.models import TrainingRequirement  # noqa: E402


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
    if connection.vendor == "postgresql":
        # Statistics and visibility maps as autovacuum would leave them after a bulk load: without them
        # the planner misjudges the seeded tables and cannot read the covering indexes alone.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    main()
