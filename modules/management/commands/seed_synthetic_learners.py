"""Create realistic synthetic learners for demos and benchmarks. Not run by `make run`."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from elearning.accounts.models import User
from modules.synthetic import seeder

BATCH = 1000


class Command(BaseCommand):
    help = "Create N synthetic learners across the agencies, with progress, attempts and completions."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, required=True, help="How many learners to create.")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same learners.")

    def handle(self, *args, learners, seed, **options):
        if learners < 1:
            raise CommandError("--learners must be at least 1.")
        if User.objects.filter(email__startswith=f"synthetic-{seed}-").exists():
            raise CommandError(f"Synthetic learners with seed {seed} already exist. Choose another --seed.")
        builder = seeder(seed)
        if builder is None:
            raise CommandError("Load the demo content first (manage.py load_demo_content): there are no modules.")
        with tqdm(total=learners, unit="learner", file=self.stderr._out, disable=options["verbosity"] == 0) as bar:
            for start in range(0, learners, BATCH):
                bar.update(builder.batch(start, min(BATCH, learners - start)))
        self.stdout.write(self.style.SUCCESS(f"Created {learners} synthetic learners (seed {seed})."))
