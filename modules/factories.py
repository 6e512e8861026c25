"""Factories for modules, lessons and the content library, shared by tests and the demo content."""

import factory
import wagtail_factories

from .models import CaseStudy, LessonPage, ModuleIndexPage, ModulePage, Myth, MythLibraryPage, SupportService

SOURCE = {"title": "Domestic Abuse Act 2021", "publisher": "legislation.gov.uk", "year": "2021", "url": ""}


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Modules"
    slug = "modules"

    class Meta:
        model = ModuleIndexPage


class MythLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Myth-buster"
    slug = "myth-buster"

    class Meta:
        model = MythLibraryPage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "What this module is about."
    overview = "<p>An overview.</p>"
    learning_outcomes = factory.LazyFunction(lambda: [("outcome", "Recognise the pattern.")])
    sectors = factory.LazyFunction(lambda: ["police", "health"])
    duration_minutes = 30
    content_warning = "This module discusses domestic abuse."
    refresher_months = 36

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "One lesson."
    body = factory.LazyFunction(lambda: [("text", "<p>Lesson text.</p>")])

    class Meta:
        model = LessonPage


class LibraryItemFactory(factory.django.DjangoModelFactory):
    """A snippet of the content library: each has a unique slug."""

    slug = factory.Sequence(lambda n: f"library-item-{n}")

    class Meta:
        abstract = True


class SourcedItemFactory(LibraryItemFactory):
    """A library snippet that states facts, so cites a source."""

    sources = factory.LazyFunction(lambda: [("source", SOURCE)])

    class Meta:
        abstract = True


class MythFactory(SourcedItemFactory):
    statement = factory.Sequence(lambda n: f"Common belief number {n}")
    fact = "What the evidence shows."
    explanation = "<p>Why the belief is wrong.</p>"

    class Meta:
        model = Myth


class CaseStudyFactory(SourcedItemFactory):
    title = factory.Sequence(lambda n: f"Case study {n}")
    setting = "Children's services, 2016"
    summary = "What happened."
    body = "<p>The story.</p>"
    learning_points = factory.LazyFunction(lambda: [("point", "A point to learn.")])

    class Meta:
        model = CaseStudy


class SupportServiceFactory(LibraryItemFactory):
    name = factory.Sequence(lambda n: f"Helpline {n}")
    phone = "0808 2000 247"
    opening_hours = "Free, 24 hours"
    who_for = "Anyone experiencing domestic abuse"

    class Meta:
        model = SupportService
