"""Two web machines of three gunicorn workers each, on one database and one cache, agree on everything.

Each check sends requests concurrently, on new connections, to both instances until every worker of
both has answered at least one of them (read from gunicorn's access log), and every answer must be
right. The instances run the production settings against a fresh database of the round's kind: the
database cache on SQLite, Redis on PostgreSQL.
"""

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from .servers import PASSWORD, Gunicorn, Visitor, fresh_database, manage, production_env

pytestmark = pytest.mark.deployment

MAX_ROUNDS = 20
LEARNER = "learner@example.org"
PASSWORD_CHANGER = "partnership.manager@example.org"
NEW_PASSWORD = "A-new-passphrase-for-2027"
LOCKED_OUT = "agency.manager@example.org"  # no other test here signs in as this account
ACCOUNT_FAILURE_LIMIT = 5
DRAFT_SCRIPT = """
from elearning.accounts.models import User
from modules.models import LessonPage
lesson = LessonPage.objects.get(pk={lesson_id})
lesson.title = "{title}"
lesson.save_revision(user=User.objects.get(email="trainer@example.org"))
"""
IDS_SCRIPT = """
import json
from modules.models import LessonPage
lesson = LessonPage.objects.live().order_by("path").first()
print(json.dumps({"lesson_id": lesson.pk, "module_url": lesson.get_parent().url, "title": lesson.title}))
"""


@pytest.fixture(scope="module")
def machines(static_root):
    database = fresh_database()
    env = production_env(
        database.url, DJANGO_STATIC_ROOT=static_root, SIGN_IN_ACCOUNT_FAILURE_LIMIT=str(ACCOUNT_FAILURE_LIMIT)
    )
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    ids = json.loads(manage(env, "shell", "--no-imports", "-c", IDS_SCRIPT).strip().splitlines()[-1])
    first, second = Gunicorn(env), Gunicorn(env)
    try:
        first.start()
        second.start()
        yield first, second, ids
    finally:
        first.stop()
        second.stop()
        database.drop()


def on_every_worker(servers, visitor, path, form=None):
    """Send GET `path` (or POST `form` to it) until every worker of every server has answered; return the responses."""
    marker = f"probe={uuid.uuid4().hex}"
    target = f"{path}{'&' if '?' in path else '?'}{marker}"
    method = "GET" if form is None else "POST"
    responses = []
    with ThreadPoolExecutor(max_workers=6) as pool:
        for _ in range(MAX_ROUNDS):
            batch = [server for server in servers for _ in range(server.workers * 2)]
            responses += pool.map(lambda server: visitor.send(server, method, target, form=form), batch)
            if all(server.pids_that_served(marker) == server.worker_pids() for server in servers):
                return responses
    pytest.fail(f"Not every worker answered {path} in {MAX_ROUNDS} rounds")


def signed_in(response):
    return response.status == 200


def sent_to_sign_in(response):
    return response.status == 302 and response.location.startswith("/accounts/sign-in/")


def test_every_worker_on_both_machines_sees_a_session_started_on_one(machines):
    first, second, _ = machines
    learner = Visitor()
    learner.sign_in(first, LEARNER)

    responses = on_every_worker([first, second], learner, "/my-learning/")

    assert all(signed_in(response) for response in responses), [r.status for r in responses]


def test_signing_out_on_one_machine_ends_the_session_on_every_worker(machines):
    first, second, _ = machines
    learner = Visitor()
    learner.sign_in(first, LEARNER)
    on_every_worker([first, second], learner, "/my-learning/")  # every worker has now seen the session
    old_cookies = dict(learner.cookies)

    assert learner.sign_out(second).status == 302
    learner.cookies = old_cookies  # someone replays the old session cookie

    responses = on_every_worker([first, second], learner, "/my-learning/")

    assert all(sent_to_sign_in(response) for response in responses), [r.status for r in responses]


def test_a_page_published_in_the_admin_is_seen_by_every_worker_on_the_next_request(machines):
    first, second, ids = machines
    visitor = Visitor()
    before = on_every_worker([first, second], visitor, ids["module_url"])
    assert all(ids["title"] in response.body for response in before)
    new_title = f"{ids['title']} (revised {uuid.uuid4().hex[:6]})"
    manage(first.env, "shell", "--no-imports", "-c", DRAFT_SCRIPT.format(lesson_id=ids["lesson_id"], title=new_title))

    admin = Visitor()
    admin.sign_in(first, "admin@example.org", path="/admin/login/")
    published = admin.post_form(second, f"/admin/bulk/wagtailcore/page/publish/?id={ids['lesson_id']}", {})
    assert published.status == 302, second.errors()

    after = on_every_worker([first, second], visitor, ids["module_url"])

    assert all(new_title in response.body and ids["title"] + "<" not in response.body for response in after)


def test_changing_a_password_ends_the_learners_other_sessions_on_every_worker(machines):
    first, second, _ = machines
    on_phone, on_desktop = Visitor(), Visitor()
    on_phone.sign_in(first, PASSWORD_CHANGER)
    on_desktop.sign_in(second, PASSWORD_CHANGER)

    changed = on_desktop.post_form(
        second,
        "/accounts/password/",
        {"old_password": "Safeguarding-demo-2026", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert changed.status == 302

    phone = on_every_worker([first, second], on_phone, "/my-learning/")
    desktop = on_every_worker([first, second], on_desktop, "/my-learning/")

    assert all(sent_to_sign_in(response) for response in phone)
    assert all(signed_in(response) for response in desktop)


def test_failed_sign_ins_spread_over_both_machines_lock_the_account_on_every_worker(machines):
    first, second, _ = machines
    marker = f"attempt={uuid.uuid4().hex}"
    guesser = Visitor()
    machine_per_guess = [first, second] * ACCOUNT_FAILURE_LIMIT

    statuses = [
        guesser.post_form(
            server, f"/accounts/sign-in/?{marker}", {"username": LOCKED_OUT, "password": "a-guess"}
        ).status
        for server in machine_per_guess[:ACCOUNT_FAILURE_LIMIT]
    ]

    assert statuses == [422] * (ACCOUNT_FAILURE_LIMIT - 1) + [429]
    guessed_on = {server.port: server.pids_that_served(f"POST /accounts/sign-in/?{marker}") for server in machines[:2]}
    assert all(guessed_on.values()), guessed_on  # the failures were counted by processes on both machines
    owner = Visitor()
    form = {"csrfmiddlewaretoken": owner.csrf_token(first, "/accounts/sign-in/"), "username": LOCKED_OUT}

    responses = on_every_worker([first, second], owner, "/accounts/sign-in/", form={**form, "password": PASSWORD})

    assert all(response.status == 429 for response in responses), [r.status for r in responses]
    assert all("Sign-in to this account is paused" in response.body for response in responses)
    assert "sessionid" not in owner.cookies
