"""A person's browser for the round trip: one cookie jar per server, following redirects between them."""

import re
from urllib.parse import urlparse

from tests.deployment.servers import Visitor


class Browser:
    def __init__(self, *servers):
        self.servers = {server.port: server for server in servers}
        self.jars = {port: Visitor() for port in self.servers}
        self.server = None
        self.path = None
        self.redirects = []

    def jar(self, server):
        return self.jars[server.port]

    def open(self, server, path):
        return self.follow(server, path, self.jar(server).get(server, path))

    def post(self, server, path, fields):
        """Submit the form on `path` as that page would (CSRF token from the page), then follow redirects."""
        return self.follow(server, path, self.jar(server).post_form(server, path, fields))

    def post_once(self, server, path, fields):
        """Submit the form without following where the answer points."""
        self.server, self.path = server, path
        return self.jar(server).post_form(server, path, fields)

    def follow(self, server, path, response, limit=10):
        self.server, self.path = server, path
        for _ in range(limit):
            if response.status not in (301, 302, 303):
                return response
            self.redirects.append(response.location)
            target = urlparse(response.location)
            if target.netloc:
                self.server = self.servers[target.port]
            self.path = target.path + (f"?{target.query}" if target.query else "")
            response = self.jar(self.server).get(self.server, self.path)
        raise AssertionError("too many redirects")


def text_of(html):
    """The words a person reads on a page, without markup or runs of whitespace."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'").replace("&quot;", '"').strip()
