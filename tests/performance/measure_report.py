"""Run a report request in a fresh process and print its time, size and the process's peak memory.

Usage: python tests/performance/measure_report.py URL [REPEAT]   (DATABASE_URL points at a seeded database)

With REPEAT, the same request is made that many times more in the same process, as a running server
serves it, and `warm_seconds` lists those times; `seconds` is always the first, cold request.
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


def timed_get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    size = sum(len(chunk) for chunk in response.streaming_content) if response.streaming else len(response.content)
    return response.status_code, time.perf_counter() - started, size


def main(url, repeat=0):
    client = Client()
    client.force_login(User.objects.get(email="partnership.manager@example.org"))
    status, elapsed, size = timed_get(client, url)
    warm = [timed_get(client, url)[1] for _ in range(repeat)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"url": url, "status": status, "seconds": elapsed, "bytes": size, "peak_mb": peak_mb}
    print(json.dumps({**figures, "warm_seconds": warm}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
