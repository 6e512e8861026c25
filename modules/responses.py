"""The POST handlers behind a lesson's forms: each checks its input strictly and records one thing."""

from django.contrib import messages
from django.shortcuts import redirect, render

from elearning.sanitising import clean_plain_text

from .learning_state import outline, page_after
from .models.progress import LessonProgress, MythResponse, Reflection, ScenarioResponse

REFLECTION_MAX_LENGTH = 5000


class BadInput(Exception):
    """Input no honest form could have sent; answered with a 400 and nothing saved."""


def bad_request(request, lesson, message):
    context = {"page": lesson, "message": message}
    return render(request, "modules/bad_request.html", context, status=400)


class NothingChosen(Exception):
    """The learner submitted without choosing: a slip, not tampering, so they are sent back to choose."""


def single_value(request, name):
    values = request.POST.getlist(name)
    if not values:
        raise NothingChosen
    if len(values) != 1:
        raise BadInput(f"The form must send exactly one “{name}” value.")
    return values[0]


def posted_block(lesson, request, block_type):
    block = lesson.find_block(single_value(request, "block"), block_type)
    if block is None:
        raise BadInput("That question is not part of this lesson. It may have changed: reload the lesson.")
    return block


def lesson_anchor(lesson, block_id):
    return f"{lesson.url}#block-{block_id}"


def post_only(handler):
    """Run a handler for POST only; turn bad input into a 400 that saves nothing."""

    def view(lesson, request):
        if request.method != "POST":
            return redirect(lesson.url)
        try:
            return handler(lesson, request)
        except NothingChosen:
            messages.error(request, "Choose an answer before you submit.")
            block_id = request.POST.get("block", "")
            return redirect(lesson_anchor(lesson, block_id) if lesson.find_block_by_id(block_id) else lesson.url)
        except BadInput as error:
            return bad_request(request, lesson, str(error))

    view.__name__ = handler.__name__
    view.__doc__ = handler.__doc__
    return view


@post_only
def mark_complete(lesson, request):
    """Record the lesson as finished and move on to the next one, or back to the module."""
    LessonProgress.objects.record(request.user, lesson)
    following = page_after(lesson)
    if following is not None:
        return redirect(following.url)
    messages.success(request, "You have finished the last lesson of this module.")
    return redirect(outline(lesson.path[: -lesson.steplen])[0].url)


@post_only
def answer_myth(lesson, request):
    """Store the learner's first answer to a myth-or-fact item, then show the evidence."""
    block = posted_block(lesson, request, "myth_fact")
    answer = single_value(request, "answer")
    if answer not in {"myth", "fact"}:
        raise BadInput("Choose either “myth” or “fact”.")
    item = block.block.item(block.value)
    if item is None:
        raise BadInput("That question is not part of this lesson. It may have changed: reload the lesson.")
    answered_true = answer == "fact"
    MythResponse.objects.record_first(
        learner=request.user,
        lesson=lesson,
        block_id=block.id,
        agency=request.user.agency,
        myth=item.myth,
        statement=item.statement[:300],
        answered_true=answered_true,
        correct=answered_true == item.is_true,
    )
    return redirect(lesson_anchor(lesson, block.id))


def option_index(raw, count):
    """The chosen option's position; only ASCII digits count ("²" is a digit to str.isdigit but not to int)."""
    if not (raw.isascii() and raw.isdigit()) or int(raw) >= count:
        raise BadInput("Choose one of the options listed.")
    return int(raw)


@post_only
def choose_option(lesson, request):
    """Record which option the learner chose in a practice scenario and show its feedback."""
    block = posted_block(lesson, request, "scenario")
    index = option_index(single_value(request, "option"), len(block.value["options"]))
    response, created = ScenarioResponse.objects.get_or_create(
        learner=request.user,
        lesson=lesson,
        block_id=block.id,
        defaults={"option_index": index, "first_option_index": index},
    )
    if not created and response.option_index != index:
        response.option_index = index
        response.save(update_fields=["option_index"])
    return redirect(lesson_anchor(lesson, block.id))


@post_only
def save_reflection(lesson, request):
    """Save the learner's private note for a reflection prompt, cleaned of any markup."""
    block = posted_block(lesson, request, "reflection")
    text = clean_plain_text(single_value(request, "text"))
    if len(text) > REFLECTION_MAX_LENGTH:
        raise BadInput(f"Your note is longer than {REFLECTION_MAX_LENGTH} characters. Nothing was changed.")
    if not text:
        messages.error(request, "Your note was empty, so nothing was saved.")
        return redirect(lesson_anchor(lesson, block.id))
    Reflection.objects.update_or_create(learner=request.user, lesson=lesson, block_id=block.id, defaults={"text": text})
    messages.success(request, "Your note has been saved. Only you can see it.")
    return redirect(lesson_anchor(lesson, block.id))
