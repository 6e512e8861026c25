"""How the loader knows what it wrote, and whether an editor has changed it since.

Every page or snippet the loader writes gets a `LoadedContent` row: a fingerprint of the data and,
for a page, the revision it published; for a snippet, a fingerprint of the fields as it left them.
On the next run an object is rewritten only if it still matches that row. Objects written by the
first edition's loader, which kept no rows, are recognised instead: `curriculum/first-edition.yaml`
holds the fingerprints of what that loader wrote, and such a page must still have only the one
revision it made (by no user, live), such a snippet still the fields it wrote.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType

from modules.demo.content import CURRICULUM, read_yaml
from modules.models import CaseStudy, LoadedContent, ModulePage, Myth

FIRST_EDITION = CURRICULUM / "first-edition.yaml"
SERVICE_FIELDS = ("name", "phone", "opening_hours", "url", "who_for", "notes", "display_order")


def fingerprint(data):
    """SHA-256 of a canonical JSON form: the same data always gives the same fingerprint."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stream_values(field):
    return [dict(child.value) if hasattr(child.value, "items") else child.value for child in field]


def snippet_state(obj):
    """The fields of a library snippet that the loader writes and an editor can change, as plain data."""
    if isinstance(obj, Myth):
        fields = {
            "statement": obj.statement,
            "fact": obj.fact,
            "explanation": obj.explanation,
            "tags": sorted(tag.name for tag in obj.tags.all()),
        }
    elif isinstance(obj, CaseStudy):
        fields = {
            "title": obj.title,
            "setting": obj.setting,
            "summary": obj.summary,
            "body": obj.body,
            "learning_points": stream_values(obj.learning_points),
        }
    else:
        fields = {name: getattr(obj, name) for name in SERVICE_FIELDS}
        if obj.last_checked:  # absent from the first edition's fingerprints, which had no such field
            fields["last_checked"] = obj.last_checked.isoformat()
    if hasattr(obj, "sources"):
        fields["sources"] = stream_values(obj.sources)
    return {"slug": obj.slug, **fields}


def first_edition(path=FIRST_EDITION):
    """Key to `{data: ..., state: ...}`: the fingerprints of what the first edition's loader wrote."""
    return read_yaml(path) if path.exists() else {}


def page_untouched_since_first_edition(page):
    """A page the first edition's loader made and nobody has touched: one revision, by no user, published."""
    revisions = list(page.revisions.values_list("pk", "user_id")[:2])
    return (
        len(revisions) == 1
        and revisions[0][1] is None
        and page.live
        and page.live_revision_id == page.latest_revision_id == revisions[0][0]
    )


def first_edition_content_exists(fingerprints):
    """Whether the first edition's loader ran on this database: any of its myths or modules is here."""
    slugs = {
        kind: [key.split(":", 1)[1] for key in fingerprints if key.startswith(f"{kind}:")]
        for kind in ("myth", "module")
    }
    return (
        Myth.objects.filter(slug__in=slugs["myth"]).exists()
        or ModulePage.objects.filter(slug__in=slugs["module"]).exists()
    )


class Records:
    """The loader's rows, read once, with the rules for whether an object may be rewritten."""

    def __init__(self, first_edition_fingerprints=None):
        self.rows = {row.key: row for row in LoadedContent.objects.select_related("content_type")}
        self.first_edition = first_edition() if first_edition_fingerprints is None else first_edition_fingerprints
        self.loaded_before = bool(self.rows) or first_edition_content_exists(self.first_edition)

    def find(self, key, lookup):
        """The object the loader wrote for `key`: through its row, else through `lookup()` (by slug)."""
        row = self.rows.get(key)
        return row.target() if row else lookup()

    def deleted(self, key):
        """An object the loader wrote here before, and that is gone: an editor deleted it, so it stays deleted."""
        return key in self.rows or (key in self.first_edition and self.loaded_before)

    def written_fingerprint(self, key):
        row = self.rows.get(key)
        return row.data_fingerprint if row else self.first_edition.get(key, {}).get("data")

    def is_current(self, key, data):
        """The data is what the loader last wrote for this key (in this database, or in the first edition)."""
        return self.written_fingerprint(key) == fingerprint(data)

    def page_unchanged(self, key, page):
        """No editor has saved, published or unpublished the page since the loader last published it."""
        row = self.rows.get(key)
        if row is None:
            return key in self.first_edition and page_untouched_since_first_edition(page)
        return (
            row.revision_id is not None
            and page.live
            and page.latest_revision_id == row.revision_id
            and page.live_revision_id == row.revision_id
        )

    def snippet_unchanged(self, key, obj):
        """No editor has changed the snippet: not its fields, and no draft, unpublishing or workflow waiting."""
        if not obj.live or obj.has_unpublished_changes:
            return False
        row = self.rows.get(key)
        state = fingerprint(snippet_state(obj))
        if row is None:
            return state == self.first_edition.get(key, {}).get("state")
        return state == row.state_fingerprint

    def write(self, key, obj, data, revision=None):
        fields = {
            "content_type": ContentType.objects.get_for_model(obj),
            "object_id": obj.pk,
            "data_fingerprint": fingerprint(data),
            "state_fingerprint": "" if revision else fingerprint(snippet_state(type(obj).objects.get(pk=obj.pk))),
            "revision": revision,
        }
        self.rows[key], _ = LoadedContent.objects.update_or_create(key=key, defaults=fields)
