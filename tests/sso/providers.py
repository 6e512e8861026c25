"""Test identity providers: tests/oidc_provider under gunicorn, each a process of its own on a free port."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.deployment.servers import ROOT, free_port, request

PASSWORD = "Provider-password-2026"  # test identity provider accounts only
USER_SCRIPT = """
import json
from django.contrib.auth.models import User
from oauth2_provider.models import Application
from tests.oidc_provider.models import Claims
for app in json.loads({apps!r}):
    Application.objects.update_or_create(client_id=app["client_id"], defaults=dict(
        name=app["client_id"], client_secret=app["client_secret"], client_type="confidential",
        authorization_grant_type="authorization-code", redirect_uris=app["redirect_uri"],
        algorithm="RS256", skip_authorization=True))
for person in json.loads({people!r}):
    user, _ = User.objects.update_or_create(username=person["username"], defaults=dict(
        first_name=person.get("first_name", ""), last_name=person.get("last_name", ""),
        email=person.get("email", "")))
    user.set_password({password!r})
    user.save()
    Claims.objects.update_or_create(user=user, defaults=dict(values=person.get("claims", {{}})))
"""


def rsa_private_key():
    """A new RSA key in PEM, made at the start of the run, as an identity provider's signing key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def provider_env(database, private_key, issuer):
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    return {
        **base,
        "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
        "OIDC_PROVIDER_DATABASE": str(database),
        "OIDC_RSA_PRIVATE_KEY": private_key,
        "OIDC_ISSUER": issuer,
        # The site fetches tokens over plain HTTP on this machine; oauthlib refuses that unless told.
        "OAUTHLIB_INSECURE_TRANSPORT": "1",
    }


def django_admin(env, *args):
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "django", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"django {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def migrated_database(folder, private_key):
    """One migrated provider database; each provider process gets a copy."""
    template = Path(folder) / "template.sqlite3"
    django_admin(provider_env(template, private_key, "http://unused"), "migrate", "--noinput", "-v0")
    return template


@dataclass
class IdentityProvider:
    """One identity provider process; `issuer` defaults to the address it is really reached at."""

    name: str
    folder: Path
    template: Path
    private_key: str
    issuer: str = ""
    port: int = field(default_factory=free_port)
    process: subprocess.Popen = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def address(self):
        """Where the site finds the provider: its discovery document lives at address + /.well-known/..."""
        return f"{self.base_url}/o"

    @property
    def env(self):
        database = self.folder / f"{self.name}.sqlite3"
        if not database.exists():
            shutil.copy(self.template, database)
        return provider_env(database, self.private_key, self.issuer or self.address)

    def start(self):
        self.log = self.folder / f"{self.name}.log"
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "gunicorn",
                "tests.oidc_provider.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--threads",
                "4",
                "--no-control-socket",
                "--error-logfile",
                str(self.log),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"identity provider {self.name} exited:\n{self.log.read_text()}")
            try:
                if request(self.base_url, "GET", "/o/.well-known/openid-configuration").status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"identity provider {self.name} did not start")

    def add(self, apps=(), people=()):
        """Register client applications and people (with their claims) in this provider's database."""
        script = USER_SCRIPT.format(apps=json.dumps(list(apps)), people=json.dumps(list(people)), password=PASSWORD)
        django_admin(self.env, "shell", "--no-imports", "-c", script)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # a quick stop: nothing to finish
            self.process.wait(timeout=30)


def temporary_folder():
    return Path(tempfile.mkdtemp(prefix="oidc-providers-"))
