"""The simulated learners: each signs in with their own account, works through a module and gets a certificate.

Run by `python -m tests.performance.loadtest` (it sets LOADTEST_PLAN and LOADTEST_OUT). Each learner
behaves as a patient person would when the site hiccups: a server error or a dropped connection is
retried after a pause, the same form sent again. Every request is written to requests.jsonl and every
learner's journey (what they submitted and what they saw) to journeys.jsonl, for the comparison with
the database afterwards.
"""

import itertools
import json
import os
import re
import time
from pathlib import Path
from urllib.parse import urlparse

import gevent
from locust import HttpUser, between, events, task
from locust.exception import StopUser

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())
OUT = Path(os.environ["LOADTEST_OUT"])
FAIL_FIRST_EVERY = int(os.environ.get("LOADTEST_FAIL_FIRST_EVERY", "3"))  # every third learner fails once first
RETRIES = 10
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ATTEMPT = re.compile(r'name="attempt" value="([0-9a-f-]{36})"')
CERTIFICATE = re.compile(r'href="(/certificates/[^/"]+/)"')
numbers = itertools.count(1)
finished = []
request_log = (OUT / "requests.jsonl").open("a", buffering=1)
journey_log = (OUT / "journeys.jsonl").open("a", buffering=1)


@events.request.add_listener
def log_request(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    record = {"t": time.time(), "method": request_type, "name": name, "status": status, "ms": response_time}
    if exception is not None:
        record["error"] = str(exception)[:200]
    request_log.write(json.dumps(record) + "\n")


class JourneyBroken(Exception):
    """The learner met something no retry mends (an unexpected page): they give up, and it is reported."""


class Learner(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.number = next(numbers)
        if self.number > len(PLAN["emails"]):
            raise StopUser  # locust tops the count up while users that have finished leave: every learner has come
        self.email = PLAN["emails"][self.number - 1]
        self.fails_first = self.number % FAIL_FIRST_EVERY == 0
        self.journey = {
            "email": self.email,
            "arrived": time.time(),
            "submissions": [],
            "certificate": None,
            "finished": False,
        }
        self.origin = f"https://{urlparse(self.host).netloc}"
        self.client.headers.update({"X-Forwarded-Proto": "https", "Origin": self.origin})

    def send(self, method, path, name, expect, form=None, refresh_token=None):
        """Send one request, retried after server errors and dropped connections; any other surprise ends the journey.

        A form is sent again as it was, as a browser's "resend" does, except that `refresh_token` (for the
        sign-in form, whose token a successful sign-in rotates) fetches a fresh CSRF token first.
        """
        for attempt in range(RETRIES):
            if attempt and refresh_token is not None:
                form = {**form, "csrfmiddlewaretoken": refresh_token()}
            headers = {"Referer": self.origin + path} if form is not None else {}
            with self.client.request(
                method,
                path,
                name=name,
                data=form,
                headers=headers,
                allow_redirects=False,
                timeout=60,
                catch_response=True,
            ) as response:
                self.trust_cookies()
                if response.status_code == expect:
                    response.success()
                    return response
                if response.status_code == 0 or response.status_code >= 500:
                    response.failure(f"{response.status_code or 'no response'}: {response.error or 'server error'}")
                else:
                    response.failure(f"expected {expect}, got {response.status_code}")
                    raise JourneyBroken(f"{name}: expected {expect}, got {response.status_code}")
            gevent.sleep(min(2**attempt * 0.5, 8))
        raise JourneyBroken(f"{name}: still failing after {RETRIES} tries")

    def trust_cookies(self):
        """Behind the TLS-terminating load balancer the site sets Secure cookies: send them as a browser would."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def page(self, path, name):
        return self.send("GET", path, name, 200)

    def csrf_token(self, page, name):
        token = CSRF.search(page.text)
        if token is None:
            raise JourneyBroken(f"{name}: the page has no form")
        return token.group(1)

    def post(self, page, path, name, fields, refresh_token=None):
        form = {"csrfmiddlewaretoken": self.csrf_token(page, name), **fields}
        return self.send("POST", path, name, 302, form=form, refresh_token=refresh_token)

    def sign_in(self):
        def fresh_token():
            return self.csrf_token(self.page("/accounts/sign-in/", "sign-in page"), "sign-in page")

        form_page = self.page("/accounts/sign-in/", "sign-in page")
        fields = {"username": self.email, "password": PLAN["password"]}
        self.post(form_page, "/accounts/sign-in/", "sign in", fields, refresh_token=fresh_token)

    def take_quiz(self, outcome):
        quiz = self.page(PLAN["quiz_url"], "quiz")
        token = ATTEMPT.search(quiz.text)
        if token is None:
            raise JourneyBroken("quiz: no attempt on the page (are the lessons recorded?)")
        # A question whose every choice is right cannot be got wrong: it is answered rightly either way.
        answers = {field: choices[outcome] or choices["right"] for field, choices in PLAN["answers"].items()}
        submission = {"token": token.group(1), "intended": outcome, "confirmed": False}
        self.journey["submissions"].append(submission)
        sent = self.post(quiz, PLAN["quiz_url"] + "submit/", "submit quiz", {"attempt": token.group(1), **answers})
        result = self.page(sent.headers["Location"], "quiz result")
        submission["confirmed"] = True
        return result

    def report(self):
        if not self.journey.get("reported"):
            self.journey["reported"] = True
            journey_log.write(json.dumps(self.journey) + "\n")

    def on_stop(self):
        """Stopped before the end (the run's time ran out): what the learner did so far still counts."""
        if hasattr(self, "journey") and not self.journey.get("reported"):
            self.journey["broken"] = "stopped before finishing"
            self.report()

    @task
    def journey_through_the_module(self):
        try:
            self.sign_in()
            self.page("/my-learning/", "my learning")
            self.page(PLAN["module_url"], "module")
            for lesson_url in PLAN["lesson_urls"]:
                lesson = self.page(lesson_url, "lesson")
                self.wait()
                self.post(lesson, lesson_url + "complete/", "complete lesson", {})
            if self.fails_first:
                self.take_quiz("wrong")
                self.wait()
            result = self.take_quiz("right")
            link = CERTIFICATE.search(result.text)
            if link is None:
                raise JourneyBroken("quiz result: passed, but no link to a certificate")
            self.page(link.group(1), "certificate")
            self.journey["certificate"] = link.group(1)
            self.journey["finished"] = True
        except JourneyBroken as error:
            self.journey["broken"] = str(error)
        except Exception as error:  # a page not as expected: reported, never a silent lost learner
            self.journey["broken"] = f"{type(error).__name__}: {error}"
        self.report()
        finished.append(self.email)
        if len(finished) == len(PLAN["emails"]):
            gevent.spawn_later(0.5, self.environment.runner.quit)
        raise StopUser
