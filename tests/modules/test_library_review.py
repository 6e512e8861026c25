"""Library snippets are reviewed like pages: learners see the live version only, until the workflow publishes."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import RequestFactory
from django.utils.html import escape
from wagtail.permission_policies import ModelPermissionPolicy

from elearning.accounts.factories import UserFactory
from modules.factories import MythFactory
from modules.models import Myth, SupportService

OLD, NEW = escape("Why doesn't she just leave?"), "Why does she stay?"


@pytest.fixture
def lesson(full_lesson):
    """The lesson published through a revision, as the admin publishes it (the cache keys on the revision)."""
    full_lesson.save_revision().publish()
    full_lesson.refresh_from_db()
    return full_lesson


@pytest.fixture
def moderator(agency):
    user = UserFactory(email="moderator@example.org", agency=agency, roles=[])
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def submit_draft(myth, trainer, statement):
    """What the snippet editor does for a live myth: a new revision, then "Submit for moderation"."""
    myth.statement = statement
    myth.save_revision(user=trainer)
    myth.get_workflow().start(myth, trainer)
    return Myth.objects.get(pk=myth.pk)


def test_a_draft_edit_of_a_myth_is_not_seen_by_learners_until_the_workflow_publishes_it(
    client, learner, trainer, moderator, lesson, library, myth_buster
):
    client.force_login(learner)
    assert OLD in client.get(lesson.url).content.decode()

    myth = submit_draft(library["myth"], trainer, NEW)

    for url in (lesson.url, myth_buster.url):
        html = client.get(url).content.decode()
        assert OLD in html
        assert NEW not in html
    task_state = myth.current_workflow_task_state
    assert task_state.task.specific.get_actions(myth, trainer) == []
    task_state.task.specific.on_action(task_state, moderator, "approve")

    assert Myth.objects.get(pk=myth.pk).statement == NEW
    for url in (lesson.url, myth_buster.url):
        assert NEW in client.get(url).content.decode()


def test_trainers_edit_library_snippets_but_cannot_publish_them(client, trainer, library):
    for model in (Myth, SupportService):
        policy = ModelPermissionPolicy(model)
        assert policy.user_has_permission(trainer, "change")
        assert not policy.user_has_permission(trainer, "publish")
    client.force_login(trainer)

    html = client.get(f"/admin/snippets/modules/myth/edit/{library['myth'].pk}/").content.decode()

    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_a_myth_never_published_or_unpublished_is_not_shown(client, learner, trainer, lesson, library, myth_buster):
    MythFactory(statement="A draft nobody has reviewed", live=False)
    library["myth"].unpublish()
    client.force_login(learner)

    buster = client.get(myth_buster.url).content.decode()
    lesson_html = client.get(lesson.url).content.decode()

    assert "A draft nobody has reviewed" not in buster
    assert "leave?" not in buster
    assert "leave?" not in lesson_html
    assert "Children are victims in their own right." in lesson_html


def test_an_unpublished_support_service_leaves_the_lessons_that_list_it(client, learner, trainer, lesson, library):
    client.force_login(learner)
    assert "support-list__item" in client.get(lesson.url).content.decode()

    library["service"].unpublish()

    assert "support-list__item" not in client.get(lesson.url).content.decode()


def test_a_myth_draft_can_be_previewed_as_learners_would_see_it(library):
    myth = library["myth"]
    myth.statement = NEW
    request = RequestFactory().get("/")

    response = myth.serve_preview(request, "")

    assert NEW in response.render().content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_existing_snippets_live():
    executor = MigrationExecutor(connection)
    before, after = [("modules", "0004_loaded_content")], executor.loader.graph.leaf_nodes("modules")
    executor.migrate(before)
    old_myth = executor.loader.project_state(before[0]).apps.get_model("modules", "Myth")
    old_myth.objects.create(
        statement="An old myth", slug="an-old-myth", fact="Fact.", explanation="<p>x</p>", sources=[]
    )

    executor = MigrationExecutor(connection)
    executor.migrate(after)

    assert Myth.objects.get(slug="an-old-myth").live is True
