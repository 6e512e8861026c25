"""`manage.py send_reminders [--dry-run]`: send the required-training reminders owed today (run it from cron)."""

from django.core.management.base import BaseCommand

from training.reminders import send_reminders


class Command(BaseCommand):
    help = "Send required-training reminders and managers' weekly digests; each email goes once."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the emails that would go; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        emails = send_reminders(dry_run=dry_run, out=self.stdout)
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(f"{verb} {len(emails)} email{'s' if len(emails) != 1 else ''}.")
