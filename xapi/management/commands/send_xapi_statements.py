from django.core.management.base import BaseCommand

from xapi.delivery import deliver_all


class Command(BaseCommand):
    help = "Send every learning record store the statements that are due now (the background task does this too)."

    def handle(self, *args, **options):
        sent = sum(deliver_all().values())
        self.stdout.write(f"Sent {sent} statements.")
