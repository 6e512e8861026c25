"""Load the demo site, agencies, accounts and the launch curriculum. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from elearning.accounts.demo import load_accounts, load_agencies
from elearning.home.demo import load_site
from modules.demo.loader import load_curriculum


class Command(BaseCommand):
    help = "Create the demo pages, agencies, one account per role and the curriculum, where they do not exist yet."

    @transaction.atomic
    def handle(self, *args, **options):
        load_site()
        load_agencies()
        load_accounts()
        load_curriculum()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
