"""A trainer edits a lesson, saves, previews and publishes; a block left empty is refused on saving a draft
with the same message publishing gives, so a saved draft can always be published."""

import re

from playwright.sync_api import expect

from modules.factories import LessonPageFactory
from modules.permissions import grant_trainer_page_permissions
from tests.browser.signing_in import sign_in_to_admin

# An emptied Draftail editor posts no text at all; one holding only an empty paragraph gets the block's
# own message ("Write some text in this block, or remove it.", tests/modules/test_authoring.py).
REQUIRED = "This field is required."


def first_text_editor(page):
    return page.locator("[data-contentpath='body'] [contenteditable='true'][role='textbox']").first


def publish(page):
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()


def save_draft(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Save draft").click()


def test_the_edit_save_preview_publish_loop_never_leaves_a_draft_stuck(page, assert_accessible, trainer, module):
    grant_trainer_page_permissions(module.get_parent())
    lesson = LessonPageFactory(parent=module, title="The pattern", slug="the-pattern", owner=trainer)
    page.set_default_timeout(30_000)  # the admin editor's scripts are heavy on a busy machine
    sign_in_to_admin(page, trainer)

    # One click from the dashboard to the editor.
    assert_accessible(page)
    page.get_by_role("link", name=re.compile(r"^Edit\s+The pattern$")).click()
    page.wait_for_url(f"**/admin/pages/{lesson.pk}/edit/")

    # Empty the text block: saving the draft is refused with publishing's message, and nothing is saved.
    editor = first_text_editor(page)
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Backspace")
    expect(editor).to_have_text("")
    # Draftail copies its content into the form's hidden field a moment after typing stops.
    expect(page.locator("input[name='body-0-value']")).not_to_have_value(re.compile("Lesson text"))
    save_draft(page)
    expect(page.get_by_text("The page could not be saved due to validation errors")).to_be_visible()
    assert REQUIRED in page.content()
    saved = lesson.get_latest_revision()
    publish(page)
    expect(page.get_by_text("The page could not be saved due to validation errors")).to_be_visible()
    assert REQUIRED in page.content()
    assert lesson.get_latest_revision() == saved

    # Write the paragraph, save the draft, preview it, publish it.
    first_text_editor(page).click()
    page.keyboard.type("Coercive control is a pattern of behaviour over time.")
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("pattern of behaviour"))
    save_draft(page)
    expect(page.get_by_text("has been updated").first).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.has_unpublished_changes

    revision = lesson.get_latest_revision()
    preview = page.request.get(f"/admin/pages/{lesson.pk}/revisions/{revision.pk}/view/")
    assert "Coercive control is a pattern of behaviour over time." in preview.text()

    publish(page)
    expect(page.get_by_text("has been published").first).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.live and not lesson.has_unpublished_changes
    assert "Coercive control is a pattern of behaviour over time." in str(lesson.specific.body)
