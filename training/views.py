"""My learning, with the modules required for the learner's role first."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from modules.views import my_learning_context

from .models import ReminderPreference
from .required import required_modules

DIGEST_CHOICE = "One email a week listing everything that is due soon, overdue or expired"


@never_cache
@login_required
def my_learning(request):
    """Required modules first, each with its due date and status; optional modules and certificates after."""
    required = required_modules(request.user)
    context = my_learning_context(request.user, leave_out=[row.module.pk for row in required])
    context["required"] = required
    return render(request, "modules/my_learning.html", context)


class ReminderPreferenceForm(forms.ModelForm):
    weekly_digest = forms.TypedChoiceField(
        label="How would you like your reminders?",
        choices=[
            ("False", "An email for each module when it is due soon, overdue or expires"),
            ("True", DIGEST_CHOICE),
        ],
        coerce=lambda value: value == "True",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ReminderPreference
        fields = ["weekly_digest"]


@never_cache
@login_required
def reminder_settings(request):
    """A learner's choice between single reminder emails and a weekly digest; reminders cannot be switched off."""
    preference = ReminderPreference.objects.filter(person=request.user).first() or ReminderPreference(
        person=request.user
    )
    form = ReminderPreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your reminder settings are saved.")
        return redirect("training:reminder_settings")
    return render(request, "training/reminder_settings.html", {"form": form})
