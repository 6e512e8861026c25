"""The real production processes for tests: a fresh database of the round's kind and gunicorn on it.

The suite runs once on SQLite and once on PostgreSQL (with Redis). These helpers follow the round:
`DATABASE_URL` naming PostgreSQL means a new PostgreSQL database on that server; otherwise a new
SQLite file. Web processes on PostgreSQL share the Redis cache, on SQLite the database cache.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
PASSWORD = "Safeguarding-demo-2026"  # the demo accounts' password (README)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_round():
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


@dataclass
class Database:
    url: str
    drop: object


def fresh_database():
    """A new, empty database of the round's kind, and a function that removes it."""
    if postgres_round():
        import psycopg

        server = urlparse(os.environ["DATABASE_URL"])
        name = f"elearning_deploy_{uuid.uuid4().hex[:12]}"
        admin_url = server._replace(path="/postgres").geturl()
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')

        def drop():
            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        return Database(server._replace(path=f"/{name}").geturl(), drop)
    folder = tempfile.TemporaryDirectory(prefix="elearning-deploy-")
    return Database(f"sqlite:///{folder.name}/site.sqlite3", folder.cleanup)


def collected_static():
    """A folder of collected static files, as a deployment builds once for every web machine."""
    folder = tempfile.mkdtemp(prefix="elearning-static-")
    env = {**production_env("sqlite:///unused.sqlite3"), "DJANGO_STATIC_ROOT": folder}
    manage(env, "collectstatic", "--noinput", "-v0")
    return folder


def production_env(database_url, **extra):
    """The environment an operator would give a web machine, for this round's database and cache."""
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "REDIS_URL"))}
    env = {
        **base,
        "DJANGO_SETTINGS_MODULE": "elearning.settings.production",
        "DJANGO_SECRET_KEY": "deployment-test-" + "k" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "DJANGO_CACHE_KEY_PREFIX": f"deploy-{uuid.uuid4().hex[:8]}",
        "WAGTAILADMIN_BASE_URL": "https://127.0.0.1",
    }
    if database_url.startswith(("postgres://", "postgresql://")):
        env["REDIS_URL"] = REDIS_URL
    return {**env, **extra}


def manage(env, *args):
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def children_of(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@dataclass
class Gunicorn:
    """One gunicorn master with its workers: a web machine in all but name."""

    env: dict
    workers: int = 3
    log_requests: bool = True
    port: int = field(default_factory=free_port)
    access_log: Path = field(default_factory=lambda: Path(tempfile.mkstemp(suffix=".log")[1]))
    error_log: Path = field(default_factory=lambda: Path(tempfile.mkstemp(suffix=".log")[1]))
    process: subprocess.Popen = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "GUNICORN_WORKERS": str(self.workers)}
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--no-control-socket",
                "--threads",
                "1",
                "--access-logfile",
                str(self.access_log) if self.log_requests else "/dev/null",
                "--access-logformat",
                '%(p)s "%(r)s" %(s)s',
                "--error-logfile",
                str(self.error_log),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.error_log.open("ab"),
        )
        self.wait_until_healthy()
        return self

    def wait_until_healthy(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.errors()}")
            try:
                if request(self.base_url, "GET", "/healthz").status == 200 and len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("gunicorn did not become healthy")

    def errors(self):
        return self.error_log.read_text(errors="replace")[-5000:]

    def worker_pids(self):
        return set(children_of(self.process.pid))

    def pids_that_served(self, marker):
        """Worker pids of the access-log lines whose request line contains `marker`."""
        pids = set()
        for line in self.access_log.read_text().splitlines():
            if marker in line:
                pids.add(int(re.match(r"<(\d+)>", line).group(1)))
        return pids

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.access_log.unlink(missing_ok=True)
        self.error_log.unlink(missing_ok=True)


@dataclass
class Response:
    status: int
    headers: dict
    body: str

    @property
    def location(self):
        return self.headers.get("location", "")


def request(base_url, method, path, headers=None, body=None):
    """One request on a new connection, as a browser behind a TLS-terminating load balancer sends it."""
    parsed = urlparse(base_url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers={"X-Forwarded-Proto": "https", **(headers or {})})
        reply = connection.getresponse()
        headers = {}
        for name, value in reply.getheaders():
            headers.setdefault(name.lower(), []).append(value)
        text = reply.read().decode("utf-8", "replace")
        flat = {name: values[-1] for name, values in headers.items()}
        flat["set-cookie-all"] = headers.get("set-cookie", [])
        return Response(reply.status, flat, text)
    finally:
        connection.close()


class Visitor:
    """A person with a cookie jar, sending requests to any of the web machines.

    Cookies are sent whatever their Secure flag says, as a browser does over the HTTPS the load
    balancer ends.
    """

    def __init__(self):
        self.cookies = {}

    def send(self, server, method, path, form=None, headers=None):
        headers = {**(headers or {}), **self.cookie_header()}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://127.0.0.1:{urlparse(server.base_url).port}"
            headers["Referer"] = headers["Origin"] + path
        response = request(server.base_url, method, path, headers, body)
        for cookie in response.headers["set-cookie-all"]:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if value and "max-age=0" not in cookie.lower():
                self.cookies[name] = value
            else:
                self.cookies.pop(name, None)
        return response

    def cookie_header(self):
        if not self.cookies:
            return {}
        return {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}

    def get(self, server, path):
        return self.send(server, "GET", path)

    def upload(self, server, path, fields, files):
        """Post a multipart form with files: {name: (filename, content type, bytes)}."""
        boundary = uuid.uuid4().hex
        fields = {"csrfmiddlewaretoken": self.csrf_token(server, path), **fields}
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            for name, value in fields.items()
        ]
        for name, (filename, content_type, data) in files.items():
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            )
            parts.append(head.encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        origin = f"https://127.0.0.1:{urlparse(server.base_url).port}"
        headers = {
            **self.cookie_header(),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Origin": origin,
            "Referer": origin + path,
        }
        return request(server.base_url, "POST", path, headers, body)

    def csrf_token(self, server, path):
        page = self.get(server, path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1)

    def post_form(self, server, path, fields):
        """Post a form the way the page's own form would, with the CSRF token from the page."""
        return self.send(server, "POST", path, form={"csrfmiddlewaretoken": self.csrf_token(server, path), **fields})

    def sign_out(self, server):
        token = self.csrf_token(server, "/my-learning/")
        return self.send(server, "POST", "/accounts/sign-out/", form={"csrfmiddlewaretoken": token})

    def sign_in(self, server, email, password=PASSWORD, path="/accounts/sign-in/", field_name="username"):
        response = self.post_form(server, path, {field_name: email, "password": password})
        assert response.status == 302, f"sign-in as {email} failed with {response.status}"
        return response
