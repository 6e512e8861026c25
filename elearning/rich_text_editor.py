"""Wagtail's rich-text editor widget, refusing editor content it cannot read instead of failing with a 500.

The Draftail widget decodes the posted editor state as JSON and renders it without checking it: a
value that is not JSON, or JSON that is not an editor state (a number, a list), raised from inside
form validation. Such a value cannot come from the editor, so it is taken as no value at all: the
field is then required-but-missing, or empty, like any other field a forged request leaves out.
"""

import json

from wagtail.admin.rich_text import DraftailRichTextArea


def is_editor_state(posted):
    try:
        state = json.loads(posted)
    except (TypeError, ValueError):
        return False
    return isinstance(state, dict) and isinstance(state.get("blocks"), list)


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        posted = data.get(name)
        if posted is not None and posted != "" and not is_editor_state(posted):
            return None
        return super().value_from_datadict(data, files, name)
