from django.core.management.base import BaseCommand

from privacy.retention import apply_retention


class Command(BaseCommand):
    help = "Apply the data retention rules set in the admin (Settings > Data retention rules)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; change nothing.")
        parser.add_argument("--enqueue", action="store_true", help="Queue the work for the task worker instead.")

    def handle(self, *args, dry_run, enqueue, **options):
        if enqueue:
            from privacy.tasks import apply_retention_rules

            result = apply_retention_rules.enqueue()
            self.stdout.write(f"Queued the retention task {result.id}.")
            return
        outcomes = apply_retention(dry_run=dry_run)
        if not outcomes:
            self.stdout.write("No retention rules are set: nothing to do.")
        for outcome in outcomes:
            self.stdout.write(outcome.describe(dry_run))
