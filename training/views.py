"""My learning, with the modules required for the learner's role first."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from modules.views import my_learning_context

from .required import required_modules


@never_cache
@login_required
def my_learning(request):
    """Required modules first, each with its due date and status; optional modules and certificates after."""
    required = required_modules(request.user)
    context = my_learning_context(request.user, leave_out=[row.module.pk for row in required])
    context["required"] = required
    return render(request, "modules/my_learning.html", context)
