"""A small Learning Record Store over real HTTP, in the test's process, for the delivery tests.

It takes POST /xapi/statements with a JSON array, as the xAPI 1.0.3 spec describes: basic auth and
the X-Experience-API-Version header are required, each statement is validated against ralph's strict
model, a statement whose id it already holds is kept once (409 if the content differs), and it can
be told to refuse everything with a 503 until it recovers.
"""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement


class RecordStoreServer:
    def __init__(self, key="lrs-key", secret="lrs-secret"):  # noqa: S107 - test credentials
        self.key, self.secret = key, secret
        self.statements = {}
        self.posts = []
        self.refusing = False
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/xapi/"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def authorised(self, header):
        expected = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()
        return header == f"Basic {expected}"

    def receive(self, headers, body):
        """(status, response body) for one POST of statements."""
        if self.refusing:
            return 503, {"message": "Down for maintenance"}
        if not self.authorised(headers.get("Authorization", "")):
            return 401, {"message": "Unauthorised"}
        if headers.get("X-Experience-API-Version") != "1.0.3":
            return 400, {"message": "X-Experience-API-Version 1.0.3 is required"}
        try:
            batch = json.loads(body)
            for statement in batch:
                BaseXapiStatement.model_validate(statement)
        except (ValueError, TypeError, ValidationError) as error:
            return 400, {"message": str(error)}
        with self.lock:
            self.posts.append([statement["id"] for statement in batch])
            for statement in batch:
                held = self.statements.get(statement["id"])
                if held is not None and held != statement:
                    return 409, {"message": f"Statement {statement['id']} differs from the one held"}
            for statement in batch:
                self.statements[statement["id"]] = statement
        return 200, [statement["id"] for statement in batch]

    def handler(self):
        store = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                if self.path != "/xapi/statements":
                    return self.answer(404, {"message": "Not found"})
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                return self.answer(*store.receive(self.headers, body))

            def answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args):
                pass

        return Handler
