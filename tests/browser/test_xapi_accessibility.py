"""axe-core finds no violations on the learning record store admin pages, error summary included."""

from elearning.accounts.factories import UserFactory
from elearning.accounts.roles import PARTNERSHIP_MANAGERS
from tests.browser.signing_in import sign_in_to_admin
from xapi.models import QueuedStatement, RecordStore


def test_the_learning_record_store_admin_pages_have_no_accessibility_violations(page, assert_accessible, agency):
    store = RecordStore.objects.create(name="Police records", endpoint="https://lrs.example/xapi/", key="k", secret="s")
    store.agencies.add(agency)
    QueuedStatement.objects.create(store=store, statement_id="0b7c3a56-8f0e-5f5e-9d1e-3a2f6f1c9e01", statement={})
    sign_in_to_admin(page, UserFactory(email="p@example.org", agency=agency, roles=[PARTNERSHIP_MANAGERS]))

    for url in [
        "/admin/learning-record-stores/",
        "/admin/learning-record-stores/new/",
        f"/admin/learning-record-stores/edit/{store.pk}/",
    ]:
        page.goto(url)
        assert_accessible(page)

    page.goto(f"/admin/learning-record-stores/edit/{store.pk}/")
    page.get_by_label("Hampshire Constabulary").uncheck()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Choose at least one agency").wait_for()
    # Wagtail's error banner fades in; axe must read its colours once the fade has ended.
    page.evaluate("Promise.all(document.getAnimations().map((animation) => animation.finished))")
    assert_accessible(page)
