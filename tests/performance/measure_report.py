"""Run one report request in a fresh process and print its time, size and the process's peak memory.

Usage: python tests/performance/measure_report.py URL   (DATABASE_URL points at a seeded database)
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

from django.test import Client  # noqa: E402

from elearning.accounts.models import User  # noqa: E402


def main(url):
    client = Client()
    client.force_login(User.objects.get(email="partnership.manager@example.org"))
    started = time.perf_counter()
    response = client.get(url)
    size = sum(len(chunk) for chunk in response.streaming_content) if response.streaming else len(response.content)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps({"url": url, "status": response.status_code, "seconds": elapsed, "bytes": size, "peak_mb": peak_mb})
    )


if __name__ == "__main__":
    main(sys.argv[1])
