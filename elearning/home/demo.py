"""The home page and the information pages every site needs, written for the demo."""

from wagtail.models import Site

from .models import ImportantPages, InformationPage
from .site_setup import ensure_home_page

HOME = {
    "title": "Learning to recognise and respond to domestic abuse",
    "lead": (
        "Short, practical modules for everyone who works with children, adults and families "
        "in the safeguarding partnership: police, children's social care, health, probation, "
        "youth justice, schools and the voluntary sector."
    ),
    "body": (
        "<h2>What you will learn</h2>"
        "<p>Each module takes 20 to 40 minutes and can be done in short sittings on a phone or a computer. "
        "The modules look at the beliefs that get in the way of good practice, and at the evidence that "
        "shows why they are wrong.</p>"
        "<ul><li>Coercive control: seeing the pattern, not just the incident.</li>"
        "<li>Think family: the children of adults who use mental health and substance misuse services.</li>"
        "<li>Asking about domestic abuse in pregnancy, safely and alone.</li>"
        "<li>DASH risk assessments that tell the whole story.</li></ul>"
        "<h2>Why it matters</h2>"
        "<p>In 2016 a joint inspection looked at how agencies here respond to children living with domestic "
        "abuse. It found strong leadership and some highly effective practice, and it asked frontline staff "
        "in every agency to recognise coercive control, to think about the whole family, and to complete "
        "and share risk assessments in full. These modules are built on what it found.</p>"
        "<h2>Your records</h2>"
        "<p>When you pass a module you get a certificate with a code that anyone can check. Your manager "
        "can see the training you have completed, so you do not need to send in proof yourself.</p>"
    ),
}

PRIVACY = {
    "title": "Privacy notice",
    "slug": "privacy-notice",
    "summary": "What we keep about you when you use this training, who can see it, and why.",
    "body": (
        "<h2>What we keep</h2>"
        "<ul><li>Your name, email address, agency and job role, which you give when you register.</li>"
        "<li>Which lessons you have finished, your answers to questions and quizzes, and your scores.</li>"
        "<li>A record of each module you complete: the date, your agency and job role at that time, "
        "your score and the date a refresher is due.</li>"
        "<li>Any reflection notes you choose to write. Only you can read these.</li></ul>"
        "<h2>Why we keep it</h2>"
        "<p>The partnership's agencies have a duty to make sure their staff are trained to safeguard "
        "children and adults. Completion records are kept so that you and your manager can show which "
        "training you have done and when it needs renewing.</p>"
        "<h2>Who can see it</h2>"
        "<ul><li>You can see all of your own records.</li>"
        "<li>Managers in your agency can see your completions and progress. Partnership managers can see "
        "records for every agency.</li>"
        "<li>Trainers see answers only as totals, never by name, so they can improve the modules.</li>"
        "<li>Anyone with a certificate code can check that the certificate is genuine. The check shows the "
        "name on the certificate, the module and the dates.</li></ul>"
        "<h2>How long we keep it</h2>"
        "<p>Completion records are kept for as long as the partnership needs to show evidence of training, "
        "because inspectors and reviews may ask for it years later. If you leave, your account can be "
        "closed, but your completion records stay with the agency you were in when you completed them.</p>"
        "<h2>Your rights</h2>"
        "<p>You can ask to see the information we hold about you, to correct it, or to object to how it is "
        "used. Contact your agency's data protection officer, who will pass your request to the partnership.</p>"
    ),
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "summary": "How we make this training usable by as many people as possible.",
    "body": (
        "<h2>How accessible this site is</h2>"
        "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should be "
        "able to:</p>"
        "<ul><li>use every page with a keyboard alone;</li>"
        "<li>use a screen reader or voice control;</li>"
        "<li>zoom the page to 400% and read it on a screen 320 pixels wide;</li>"
        "<li>answer questions and quizzes without JavaScript.</li></ul>"
        "<h2>How we test</h2>"
        "<p>Every change is tested in a real browser with the axe-core accessibility rules, and key journeys "
        "are tested using the keyboard only.</p>"
        "<h2>Reporting a problem</h2>"
        "<p>If something does not work for you, tell your agency's training lead. Say which page you were on "
        "and what went wrong, and we will put it right.</p>"
    ),
}

SUPPORT = {
    "title": "Getting support",
    "slug": "getting-support",
    "summary": "This training is about abuse of real people. If it brings up something for you, help is available.",
    "body": (
        "<p>Some people taking this training will have lived through domestic abuse themselves, or may be "
        "living with it now. You can pause at any time and come back later: your progress is saved.</p>"
        "<h2>If you are in danger now</h2>"
        "<p>Call 999. If you cannot speak on a mobile, stay on the line and press 55 when asked: this tells "
        "the operator you need help. Pressing 55 does not track your location.</p>"
        "<h2>Helplines</h2>"
        "<ul><li>National Domestic Abuse Helpline: 0808 2000 247, free and open 24 hours.</li>"
        "<li>Men's Advice Line, for male victims: 0808 801 0327.</li>"
        "<li>Galop, for LGBT+ people experiencing abuse: 0800 999 5428 (weekdays).</li>"
        "<li>Respect Phoneline, for people worried about their own behaviour: 0808 802 4040.</li>"
        "<li>NSPCC Helpline, for adults worried about a child: 0808 800 5000.</li>"
        "<li>Childline, for children and young people: 0800 1111, free and open 24 hours.</li></ul>"
        "<h2>At work</h2>"
        "<p>Your manager, your occupational health service or your employee assistance programme can also "
        "offer confidential support.</p>"
    ),
}


def load_site():
    """Create the home page, the information pages and the footer links, once."""
    home = ensure_home_page(**HOME)
    pages = {}
    for key, fields in (("privacy_notice", PRIVACY), ("accessibility_statement", ACCESSIBILITY), ("support", SUPPORT)):
        page = InformationPage.objects.child_of(home).filter(slug=fields["slug"]).first()
        if page is None:
            page = home.add_child(instance=InformationPage(**fields))
            page.save_revision().publish()
        pages[key] = page
    important = ImportantPages.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for key, page in pages.items():
        if getattr(important, f"{key}_id") is None:
            setattr(important, key, page)
            changed = True
    if changed:
        important.save()
    return home
