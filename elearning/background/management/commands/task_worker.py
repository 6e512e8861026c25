"""`manage.py task_worker`: run the project's background tasks; one or more on every machine."""

import logging
import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from elearning.background.liveness import new_worker_id
from elearning.background.retries import BACKGROUND
from elearning.background.worker import Worker


class Command(db_worker.Command):
    help = (
        "Run the background tasks: db_worker's options, on the background backend and every queue by default, "
        "with retries, a heartbeat, and requeueing of tasks whose worker died. Stop it with SIGTERM or Ctrl-C: "
        "it finishes the task in hand first."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name=BACKGROUND, queue_name="*", worker_id=new_worker_id())
        parser.add_argument(
            "--stop-with-parent",
            action="store_true",
            help="Stop (finishing the task in hand) when the process that started this worker exits.",
        )

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        levels = {0: logging.WARNING, 1: logging.INFO}
        logging.getLogger("elearning.background").setLevel(levels.get(verbosity, logging.DEBUG))

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, stop_with_parent, **options):
        self.configure_logging(verbosity)
        worker = Worker(
            queue_names=queue_name.split(","),
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            batch=batch,
            interval=options["interval"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            parent_pid=os.getppid() if stop_with_parent else None,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # only the reloader's child runs tasks
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
