"""Watching a browser tab for Content-Security-Policy violations, in the page and every frame it opens.

Two witnesses, because each sees what the other may miss: a `securitypolicyviolation` listener that
Playwright adds to every document before the page's own scripts run (outside the page's policy), and
the console, where Chromium reports every blocked script, style, image, frame and eval. Chromium
also reports a Permissions-Policy header it cannot read there, and that counts too.
"""

from dataclasses import dataclass, field

LISTENER = """
window.__policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__policyViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI}`
        + ` in ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`.trimEnd()
    );
});
"""
CONSOLE_SIGNS = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy", "Permissions policy")


@dataclass
class PolicyWatch:
    """Everything the policies blocked in one tab, by the page the tab was looking at."""

    page: object
    violations: dict = field(default_factory=dict)
    console: list = field(default_factory=list)
    pages_seen: int = 0

    def __post_init__(self):
        self.page.add_init_script(LISTENER)
        self.page.on("console", self._read_console)

    def _read_console(self, message):
        if any(sign in message.text for sign in CONSOLE_SIGNS):
            self.console.append(message.text)

    def visit(self, url):
        """Open `url`, let it settle (scripts, frames, the userbar's checks), and note what was blocked."""
        self.page.goto(url)
        self.settle(url)

    def settle(self, label=None):
        """Note what was blocked on the current page, after whatever the test just did there."""
        self.page.wait_for_load_state("networkidle")
        found = []
        for frame in self.page.frames:
            found += frame.evaluate("window.__policyViolations ? window.__policyViolations.splice(0) : []")
        found += self.console
        self.console.clear()
        self.pages_seen += 1
        if found:
            self.violations.setdefault(label or self.page.url, []).extend(found)

    def report(self):
        return "\n".join(f"{page}:\n  " + "\n  ".join(found) for page, found in self.violations.items())

    def assert_clean(self, minimum_pages):
        """Fail on any violation, and if fewer pages were looked at than the test meant to look at."""
        assert not self.violations, f"Content-Security-Policy violations:\n{self.report()}"
        assert self.pages_seen >= minimum_pages, f"only {self.pages_seen} pages were checked"
