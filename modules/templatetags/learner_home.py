"""`{% next_step_for_learner as next_step %}`: the home page's "what to do next" for a signed-in learner."""

from django import template

from modules.next_steps import next_step_for

register = template.Library()


@register.simple_tag(takes_context=True)
def next_step_for_learner(context):
    user = context["request"].user
    return next_step_for(user) if user.is_authenticated else None
