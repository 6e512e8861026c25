"""Rendering a lesson body: blocks that are the same for every learner come from the cache."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from elearning import cache_versions

register = template.Library()

CACHE_SECONDS = 24 * 60 * 60


def forget_library(**kwargs):
    """A snippet or image that blocks show was saved or deleted: every cached block may be stale."""
    cache_versions.bump(cache_versions.LIBRARY)


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """Each block in a section with an anchor; personal blocks are rendered for this learner every time.

    Blocks are read from the raw stream data first, so a fully cached lesson never loads the snippets
    and images its shared blocks refer to.
    """
    flat_context = context.flatten()
    request = context.get("request")
    cacheable = page.live_revision_id is not None and not getattr(request, "is_preview", False)
    definitions = page.body.stream_block.child_blocks
    raw = list(page.body.raw_data)
    keys = {
        index: cache_versions.key(cache_versions.LIBRARY, "lesson-block", page.pk, page.live_revision_id, item["id"])
        for index, item in enumerate(raw)
        if cacheable and not getattr(definitions[item["type"]], "is_personal", False)
    }
    cached = cache_versions.read_many(list(keys.values())) if keys else {}
    rendered, fresh = [], {}
    for index, item in enumerate(raw):
        key = keys.get(index)
        html = cached.get(key) if key else None
        if html is None:
            html = page.body[index].render(context=flat_context)
            if key:
                fresh[key] = str(html)
        rendered.append((item["type"], item["id"], mark_safe(html)))  # noqa: S308 - rendered by block templates
    if fresh:
        cache_versions.write_many(fresh, CACHE_SECONDS)
    return format_html_join("\n", '<section class="block block-{}" id="block-{}">{}</section>', rendered)
