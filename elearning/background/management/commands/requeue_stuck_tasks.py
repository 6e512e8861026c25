"""`manage.py requeue_stuck_tasks`: put back tasks whose worker died; safe from cron on every machine."""

from django.core.management.base import BaseCommand

from elearning.background.recovery import requeue_stuck_tasks
from elearning.background.retries import BACKGROUND


class Command(BaseCommand):
    help = (
        "Put every RUNNING background task whose worker has stopped sending heartbeats back in the queue "
        "(or leave it FAILED when it has had all its attempts). Idempotent; workers also do this themselves."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", default=BACKGROUND, help="The task backend (default: %(default)s)")

    def handle(self, *, backend, verbosity, **options):
        sweep = requeue_stuck_tasks(backend)
        if verbosity:
            self.stdout.write(
                f"Requeued {len(sweep.requeued)} task(s); failed {len(sweep.failed)} with no attempts left."
            )
