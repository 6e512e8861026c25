"""Taking a quiz, submitting it once, and reading the result."""

import uuid

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from .access import access_for
from .models import Attempt
from .scoring import TamperedSubmission, read_submission
from .submissions import record_submission

MAX_BODY_BYTES = 32 * 1024


def field_name(question_id):
    return f"q-{question_id}"


def render_quiz(quiz, request, attempt, *, access=None, unanswered=(), selected=None, status=200):
    questions = attempt.questions_for_display() if attempt else []
    for number, question in enumerate(questions, start=1):
        question["number"] = number
        question["field"] = field_name(question["id"])
        question["missing"] = question["id"] in unanswered
        question["selected"] = (selected or {}).get(question["id"], ())
    context = quiz.get_context(request)
    context.update(
        {
            "attempt": attempt,
            "questions": questions,
            "access": access,
            "unanswered": [question for question in questions if question["missing"]],
        }
    )
    return TemplateResponse(request, "quizzes/quiz_page.html", context, status=status)


def bad_request(quiz, request, message):
    context = quiz.get_context(request)
    context["message"] = message
    return TemplateResponse(request, "quizzes/bad_request.html", context, status=400)


def take_quiz(quiz, request):
    access = access_for(quiz, request.user)
    if not access.allowed or getattr(request, "is_preview", False):
        return render_quiz(quiz, request, None, access=access)
    return render_quiz(quiz, request, Attempt.objects.open_for(request.user, quiz), access=access)


def posted_attempt(quiz, request):
    tokens = request.POST.getlist("attempt")
    if len(tokens) != 1:
        raise TamperedSubmission("The quiz form must send exactly one attempt reference.")
    try:
        token = uuid.UUID(tokens[0])
    except ValueError as error:
        raise TamperedSubmission("The attempt reference is not valid.") from error
    attempt = Attempt.objects.filter(token=token, learner=request.user, quiz=quiz).first()
    if attempt is None:
        raise TamperedSubmission("This quiz form does not belong to you or to this quiz.")
    return attempt


def submit_quiz(quiz, request):
    """Score a submission once. Refreshes, the back button and second tabs land on the same result."""
    if request.method != "POST":
        return redirect(quiz.url)
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
        return bad_request(quiz, request, "The answers sent were far larger than this quiz allows.")
    try:
        attempt = posted_attempt(quiz, request)
        if attempt.submitted_at:
            return redirect(result_url(quiz, attempt))
        access = access_for(quiz, request.user)
        if not access.allowed:
            messages.error(request, access.message)
            return redirect(quiz.url)
        fields = {name: request.POST.getlist(name) for name in request.POST}
        questions = attempt.scoring_questions()
        selections, unanswered = read_submission(questions, fields, field_name)
    except TamperedSubmission as error:
        return bad_request(quiz, request, str(error))
    if unanswered:
        return render_quiz(
            quiz, request, attempt, access=access, unanswered=set(unanswered), selected=selections, status=422
        )
    record_submission(attempt, questions, selections, quiz.pass_mark, request.user)
    return redirect(result_url(quiz, attempt))


def result_url(quiz, attempt):
    return quiz.url + quiz.reverse_subpage("result", args=[attempt.pk])


def quiz_result(quiz, request, attempt_id):
    attempt = Attempt.objects.for_learner(request.user).submitted().filter(quiz=quiz, pk=attempt_id).first()
    if attempt is None:
        raise Http404("No such result.")
    selected = {answer.question_id: set(answer.selected) for answer in attempt.answers.all()}
    marks = {answer.question_id: answer.correct for answer in attempt.answers.all()}
    review = [
        {
            **question,
            "number": number,
            "selected": selected.get(question["id"], set()),
            "correct": marks.get(question["id"]),
        }
        for number, question in enumerate(attempt.questions, start=1)
    ]
    context = quiz.get_context(request)
    module = quiz.get_parent().specific
    context.update(
        {
            "attempt": attempt,
            "review": review,
            "module": module,
            "completion": module.completion_for_attempt(attempt),
            "access": access_for(quiz, request.user),
        }
    )
    return TemplateResponse(request, "quizzes/quiz_result.html", context)
