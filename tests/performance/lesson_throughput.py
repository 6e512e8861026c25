"""Requests per second for a signed-in lesson page under gunicorn with two workers, measured with wrk.

Usage: python tests/performance/lesson_throughput.py   (DATABASE_URL points at a database with the demo content)
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PORT = 8093
SESSION_SCRIPT = """
import json
from django.test import Client
from elearning.accounts.models import User
from modules.models import LessonPage
client = Client()
client.force_login(User.objects.get(email="learner@example.org"))
lesson = LessonPage.objects.live().order_by("path").first()
print(json.dumps({"session": client.cookies["sessionid"].value, "url": lesson.url}))
"""


def main():
    if shutil.which("wrk") is None:
        print("lesson page throughput: skipped, wrk is not installed (apt-get install -y wrk)")
        return None
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.test",
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "1",
    }
    setup = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", SESSION_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    target = json.loads(setup.stdout.strip().splitlines()[-1])
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gunicorn.conf.py",
            "--no-control-socket",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{PORT}{target['url']}"
        request = urllib.request.Request(url, headers={"Cookie": f"sessionid={target['session']}"})
        for _ in range(50):
            try:
                if urllib.request.urlopen(request).status == 200:  # noqa: S310 - our own local server
                    break
            except OSError:
                time.sleep(0.2)
        command = ["wrk", "-t2", "-c8", "-d10s", "-H", f"Cookie: sessionid={target['session']}", url]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        print(f"lesson page throughput:         {rate:.0f} requests/s (gunicorn, 2 workers, 8 connections)")
        if non_2xx:
            print(f"  warning: {non_2xx.group(1)} responses were not 2xx")
        return rate
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
