"""Time and peak memory of a 10,000-row staff import: the preview request, the import task, a re-import.

Usage: python tests/performance/measure_import.py STEP   (STEP: preview, import or reimport; DATABASE_URL
points at a database with the demo content). Each step runs in a fresh process, so its peak memory
(ru_maxrss) is its own; the step prints one JSON line.
"""

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.test")

import django

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.test import Client  # noqa: E402

from elearning.accounts.models import Agency, JobRole, Sector, User  # noqa: E402
from onboarding.importing import run_import  # noqa: E402
from onboarding.models import StaffImport  # noqa: E402
from tests.onboarding.staff_lists import csv_bytes, staff  # noqa: E402

ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
AGENCY = "Hampshire Constabulary"


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def preview():
    JobRole.objects.get_or_create(sector=Sector.POLICE, name="Police constable")
    content = csv_bytes(staff(ROWS, domain="bench-import.example"))
    client = Client()
    client.force_login(User.objects.get(email="partnership.manager@example.org"))
    agency = Agency.objects.get(name=AGENCY)
    before = peak_mb()
    started = time.perf_counter()
    response = client.post(
        "/admin/onboarding/imports/new/", {"agency": agency.pk, "file": SimpleUploadedFile("staff.csv", content)}
    )
    elapsed = time.perf_counter() - started
    staff_import = StaffImport.objects.latest("pk")
    return {
        "status": response.status_code,
        "seconds": elapsed,
        "counts": staff_import.counts,
        "bytes": len(content),
    }, before


def do_import():
    staff_import = StaffImport.objects.latest("pk")
    before = peak_mb()
    started = time.perf_counter()
    run_import.call(staff_import.pk)
    elapsed = time.perf_counter() - started
    staff_import.refresh_from_db()
    return {"seconds": elapsed, "counts": staff_import.counts, "status": staff_import.status}, before


STEPS = {"preview": preview, "import": do_import}


def main(step):
    if step == "reimport":
        result, before = preview()
        imported, _ = do_import()
        result = {"preview": result, "import": imported}
    else:
        result, before = STEPS[step]()
    print(json.dumps({"step": step, **result, "peak_mb": peak_mb(), "baseline_mb": before}))


if __name__ == "__main__":
    main(sys.argv[1])
