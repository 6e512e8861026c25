"""Signed-in lesson page against a static CSS file, under one gunicorn (2 workers), measured with wrk.

The ratio lesson ÷ static is the figure to compare across machines: both are served by the same
server in the same run, with the production settings, so the machine's speed cancels out.

Usage: python -m tests.performance.throughput
       (DATABASE_URL points at a database with the demo content; on PostgreSQL, Redis is used too)
"""

import json
import os
import re
import shutil
import subprocess

from tests.deployment.servers import Gunicorn, collected_static, manage, production_env

TARGET_RATIO = 0.06
SETUP_SCRIPT = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from django.test import Client
from elearning.accounts.models import User
from modules.models import LessonPage
client = Client()
client.force_login(User.objects.get(email="learner@example.org"))
lesson = LessonPage.objects.live().order_by("path").first()
print(json.dumps({
    "cookie": f"{client.cookies['sessionid'].key}={client.cookies['sessionid'].value}",
    "lesson": lesson.url,
    "static": staticfiles_storage.url("css/site.css"),
}))
"""


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url, cookie, seconds):
    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}"]
    command += ["-H", "X-Forwarded-Proto: https", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise RuntimeError(f"{non_2xx.group(1)} responses from {url} were not 2xx:\n{output}")
    return {
        "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99": milliseconds(re.search(r"\s99%\s+(\S+)", output).group(1)),
    }


def measure(database_url, seconds=10):
    """{"lesson": {...}, "static": {...}, "ratio": float}, or None when wrk is missing."""
    if shutil.which("wrk") is None:
        print("throughput: skipped, wrk is not installed (apt-get install -y wrk)")
        return None
    static_root = collected_static()
    env = production_env(database_url, DJANGO_STATIC_ROOT=static_root)
    target = json.loads(manage(env, "shell", "--no-imports", "-c", SETUP_SCRIPT).strip().splitlines()[-1])
    server = Gunicorn(env, workers=2, log_requests=False).start()
    try:
        wrk(server.base_url + target["lesson"], target["cookie"], 2)  # warm both workers
        results = {
            "lesson": wrk(server.base_url + target["lesson"], target["cookie"], seconds),
            "static": wrk(server.base_url + target["static"], target["cookie"], seconds),
        }
    finally:
        server.stop()
        shutil.rmtree(static_root, ignore_errors=True)
    results["ratio"] = results["lesson"]["rate"] / results["static"]["rate"]
    return results


def report(results):
    for label, name in (("signed-in lesson page", "lesson"), ("static CSS (whitenoise)", "static")):
        row = results[name]
        print(
            f"{label}:".ljust(32) + f"{row['rate']:7.0f} requests/s  p50 {row['p50']:6.1f} ms  p99 {row['p99']:6.1f} ms"
        )
    print("ratio (lesson / static):".ljust(32) + f"{results['ratio']:.3f}  (target >= {TARGET_RATIO})")


if __name__ == "__main__":
    outcome = measure(os.environ["DATABASE_URL"])
    if outcome:
        report(outcome)
