"""Factories for agencies and people, shared by the tests and the demo content."""

import factory
from django.contrib.auth.models import Group, Permission

from .models import Agency, Sector, User
from .roles import ADMIN_ROLES, LEARNERS

DEFAULT_PASSWORD = "Safeguarding-demo-2026"  # noqa: S105 - demo and test accounts only


class AgencyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Agency {n}")
    sector = Sector.HEALTH

    class Meta:
        model = Agency
        django_get_or_create = ["name"]


class UserFactory(factory.django.DjangoModelFactory):
    """A learner with an agency and a job role; pass roles=[...] for other groups."""

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    agency = factory.SubFactory(AgencyFactory)
    job_role = "Social worker"
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        for role in [LEARNERS] if extracted is None else extracted:
            group, created = Group.objects.get_or_create(name=role)
            if created and role in ADMIN_ROLES:
                # Live-server tests empty the database, groups from the roles migration included.
                group.permissions.add(
                    Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
                )
            self.groups.add(group)
        self.save()
