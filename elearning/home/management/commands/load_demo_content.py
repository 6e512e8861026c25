"""Load the demo site, agencies and accounts. Safe to run again: nothing is duplicated or overwritten."""

from django.core.management.base import BaseCommand
from django.db import transaction

from elearning.accounts.demo import load_accounts, load_agencies
from elearning.home.demo import load_site


class Command(BaseCommand):
    help = "Create the demo pages, agencies and one account per role, if they do not exist yet."

    @transaction.atomic
    def handle(self, *args, **options):
        load_site()
        load_agencies()
        load_accounts()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
