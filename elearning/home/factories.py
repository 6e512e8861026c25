"""Factories for the home page and information pages."""

import wagtail_factories

from .models import HomePage, InformationPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Learning to recognise and respond to domestic abuse"
    slug = "home"
    lead = "Training for everyone in the safeguarding partnership."

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = "Information"
    body = "<p>Information for learners.</p>"

    class Meta:
        model = InformationPage
