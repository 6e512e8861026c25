"""The read-only listings read as people speak: Yes and No, and a menu name that is not a report's name."""

import re

from quizzes.models import Attempt
from tests.modules.fixtures import pass_module


def test_the_attempts_listing_and_record_say_yes_or_no_for_passed(client, agency_manager, learner, quiz_module):
    pass_module(learner, quiz_module)
    attempt = Attempt.objects.get(learner=learner)
    client.force_login(agency_manager)

    listing = client.get("/admin/attempts/").content.decode()
    record = client.get(f"/admin/attempts/inspect/{attempt.pk}/").content.decode()

    for html in (listing, record):
        assert re.search(r">\s*Yes\s*<", html)
        assert not re.search(r">\s*True\s*<", html)


def test_the_records_menu_is_not_named_like_the_training_records_report(client, agency_manager):
    client.force_login(agency_manager)

    html = client.get("/admin/").content.decode()

    assert '"Learners and results"' in html
    assert html.count('"Training records"') == 1


def test_the_training_records_report_offers_its_downloads_as_labelled_buttons(client, agency_manager):
    client.force_login(agency_manager)

    html = client.get("/admin/reports/training-records/").content.decode()

    header = html[html.index("<header") : html.index("</header>")]
    assert re.search(r'<a [^>]*href="[^"]*\?export=csv"[^>]*>.*?Download CSV', header, re.S)
    assert re.search(r'<a [^>]*href="[^"]*\?export=xlsx"[^>]*>.*?Download XLSX', header, re.S)
    assert html.count("?export=csv") == html.count("?export=xlsx") == 1  # not also in a "…" menu
