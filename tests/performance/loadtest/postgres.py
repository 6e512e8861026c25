"""A throwaway PostgreSQL cluster that the load test owns, so it may restart it without harming anyone.

The cluster lives in a temporary folder on a free port, trusts local connections, and is removed when
the load test ends. PostgreSQL refuses to run as root, so as root the server commands run as the
`postgres` operating-system user.
"""

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.deployment.servers import free_port

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def server_command(name):
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"PostgreSQL's {name} was not found: install the postgresql package.")
    return found


def as_server_user(args):
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@dataclass
class Cluster:
    port: int = field(default_factory=free_port)
    folder: Path = None

    @property
    def data(self):
        return self.folder / "data"

    @property
    def log(self):
        return self.folder / "server.log"

    def url(self, database="postgres"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def run(self, *args):
        result = subprocess.run(as_server_user(list(args)), capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}\n{self.tail_of_log()}")
        return result

    def tail_of_log(self):
        try:
            return self.log.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def create(self):
        self.folder = Path(tempfile.mkdtemp(prefix="elearning-loadtest-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.run(
            server_command("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"
        )
        return self

    def pg_ctl(self, action, *extra):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
        return self.run(
            server_command("pg_ctl"),
            action,
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            *extra,
        )

    def start(self):
        self.pg_ctl("start")
        return self

    def restart(self):
        """Stop at once (open sessions are cut, as in a crash or a failover), then start again."""
        self.pg_ctl("restart", "-m", "fast")

    def stop(self):
        if self.folder and (self.data / "postmaster.pid").exists():
            self.run(server_command("pg_ctl"), "stop", "-D", str(self.data), "-m", "fast", "-w")

    def remove(self):
        try:
            self.stop()
        finally:
            if self.folder:
                shutil.rmtree(self.folder, ignore_errors=True)


def wait_until_accepting(cluster, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready = subprocess.run(  # noqa: S603 - fixed arguments
            [server_command("pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(cluster.port)], check=False
        )
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError("The load test's PostgreSQL did not start")
