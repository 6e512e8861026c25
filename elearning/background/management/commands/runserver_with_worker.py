"""`manage.py runserver_with_worker`: the development server with a task worker beside it (`make run`)."""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV

STOP_SECONDS = 30  # a worker asked to stop finishes its task in hand; after this long it is killed


class Command(BaseCommand):
    help = "Serve the site for development with a task worker beside it; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--noreload", action="store_false", dest="use_reloader", help="Do not reload on changes")

    def handle(self, *, addrport, use_reloader, **options):
        if use_reloader and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            # The reloader's parent only restarts its child when the code changes. The child runs this
            # command again and starts a worker of its own, so the worker always runs the server's code.
            call_command("runserver", addrport, use_reloader=True)
            return
        worker = start_worker()
        try:
            call_command("runserver", addrport, use_reloader=use_reloader)
        finally:
            stop_worker(worker)


def start_worker():
    """`task_worker` in a session of its own: only this process signals it, once, so it stops gracefully.

    The terminal's Ctrl-C reaches the server, which then stops the worker; if the server dies without
    doing so (killed, or unable to open its port), the worker notices its parent is gone and stops.
    """
    command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "task_worker", "--no-reload", "--stop-with-parent"]
    return subprocess.Popen(command, start_new_session=True)  # noqa: S603 - a fixed command line


def stop_worker(worker):
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()
