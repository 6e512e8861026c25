"""Screenshots of the three home pages (learner home, manager and trainer dashboards) at 320px and 1280px,
for the README. Run by hand, not by the suite:

    .venv/bin/python -m tests.performance.screenshots

It builds a throwaway SQLite database with the demo content, gives the demo learner some progress and
the demo manager's agency some completions, serves the site with runserver, and writes
docs/screenshots/<page>-<width>.png.
"""

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
PORT = int(os.environ.get("SCREENSHOT_PORT", "8765"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PASSWORD = "Safeguarding-demo-2026"
SHOTS = [
    ("learner-home", "learner@example.org", "/accounts/sign-in/", "/"),
    ("manager-dashboard", "agency.manager@example.org", "/admin/login/", "/admin/"),
    ("trainer-dashboard", "trainer@example.org", "/admin/login/", "/admin/"),
]
WIDTHS = [320, 1280]

SEED = """
from elearning.accounts.models import User
from modules.models import LessonPage, LessonProgress, ModulePage
from tests.modules.fixtures import finish_lessons, pass_module
from wagtail.models import Page

modules = list(ModulePage.objects.live().order_by("path"))
learner = User.objects.get(email="learner@example.org")
pass_module(learner, modules[0])
LessonProgress.objects.record(learner, LessonPage.objects.live().child_of(modules[1]).order_by("path").first())
manager = User.objects.get(email="agency.manager@example.org")
for number, module in enumerate(modules[:3]):
    colleague = User.objects.create_user(
        email=f"officer{number}@example.org", password="unused-Password-1", full_name=f"Officer {number + 1}",
        agency=manager.agency,
    )
    pass_module(colleague, module)
trainer = User.objects.get(email="trainer@example.org")
Page.objects.filter(pk__in=[module.pk for module in modules[:2]]).update(owner=trainer)
"""


def run(args, env):
    subprocess.run(args, cwd=ROOT, env=env, check=True)  # noqa: S603 - fixed arguments


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url):  # noqa: S310 - our own local server
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


def take(base_url):
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"])
        for name, email, sign_in_url, home in SHOTS:
            for width in WIDTHS:
                context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 900})
                page = context.new_page()
                page.goto(sign_in_url)
                page.get_by_label("Email address").fill(email)
                page.get_by_label("Password").fill(PASSWORD)
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_load_state()
                page.goto(home)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=OUT / f"{name}-{width}.png", full_page=width == 320)
                context.close()
        browser.close()


def main():
    with tempfile.TemporaryDirectory() as directory:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "elearning.settings.dev",
            "DATABASE_URL": f"sqlite:///{directory}/screenshots.sqlite3",
        }
        manage = [sys.executable, "manage.py"]
        run([*manage, "migrate", "--verbosity", "0"], env)
        run([*manage, "load_demo_content"], env)
        run([*manage, "shell", "--command", SEED], env)
        server = subprocess.Popen([*manage, "runserver", "--noreload", f"127.0.0.1:{PORT}"], cwd=ROOT, env=env)  # noqa: S603
        try:
            wait_for(f"http://127.0.0.1:{PORT}/healthz")
            take(f"http://127.0.0.1:{PORT}")
        finally:
            server.terminate()
            server.wait()
    print(f"Screenshots written to {OUT}")


if __name__ == "__main__":
    main()
