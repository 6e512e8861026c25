"""Load the demo site, agencies, accounts and the launch curriculum. Safe to run again."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from elearning.accounts.demo import load_accounts, load_agencies
from elearning.home.demo import load_site
from modules.demo.content import ContentError
from modules.demo.loader import load_curriculum


class Command(BaseCommand):
    help = (
        "Create the demo pages, agencies and one account per role where they do not exist yet, and load the "
        "curriculum: new items are created, and items no editor has changed are brought up to date."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        load_site()
        load_agencies()
        load_accounts()
        try:
            load_curriculum()
        except ContentError as error:
            raise CommandError(f"The curriculum files need fixing: {error}") from error
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
