"""The compliance report: per agency (and team) and required module, the share compliant and each status's count.

Built on training requirements and the one status rule (`training.rule.with_status`): the counts for
every requirement in scope come from one query (a UNION ALL of one grouped query per requirement),
whatever the number of learners or requirements. `?group=team` splits each agency's rows by the team
its staff list records (`onboarding.Employment`); people with none are counted under "No team recorded".
Drill down with `?requirement=<id>&agency=<id>` (and `&team=<name>`) to the named learners in scope;
both ids are looked up in the viewer's scope, so another agency's id is "not found".
"""

from collections import defaultdict

from django import forms
from django.db import connection, models, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property

from elearning.accounts.models import Agency
from elearning.accounts.roles import visible_agency_ids
from modules.models import ModulePage
from training.models import TrainingRequirement
from training.rule import alike, covered_by_any, covered_people, due_on, with_status
from training.statuses import RequirementStatus

from .views import AdminTemplateReport

STATUSES = list(RequirementStatus)


NO_TEAM = "No team recorded"


class Grouping(models.TextChoices):
    AGENCY = "agency", "Agency"
    TEAM = "team", "Agency and team"


class ComplianceFilterForm(forms.Form):
    agency = forms.ModelChoiceField(queryset=Agency.objects.none(), required=False)
    module = forms.ModelChoiceField(queryset=ModulePage.objects.order_by("title"), required=False)
    group = forms.ChoiceField(choices=Grouping.choices, required=False, label="Group by")

    def __init__(self, data, agencies):
        super().__init__(data)
        self.fields["agency"].queryset = agencies


def team_name():
    """The team a person's staff-list entry records, or the empty name."""
    return Coalesce(F("employment__team"), Value(""))


def status_groups(key, people, by_team=False):
    """Per agency (and team), status, whether they have completed the module at all and whether they
    have ever signed in: how many of `people`."""
    completed = ExpressionWrapper(Q(latest_completed_at__isnull=False), output_field=BooleanField())
    signed_in = ExpressionWrapper(Q(last_login__isnull=False), output_field=BooleanField())
    team = team_name() if by_team else Value("")
    return (
        people.annotate(completed=completed, signed_in=signed_in, key=Value(key), team=team)
        .values("key", "agency_id", "team", "requirement_status", "completed", "signed_in")
        .annotate(people=Count("pk"))
        .order_by()
    )


def in_team(team):
    """Q: people whose staff-list team is `team`; the empty name means none recorded."""
    if team:
        return Q(employment__team=team)
    return Q(employment__isnull=True) | Q(employment__team="")


def counted(groups):
    """Per key, agency and team: everyone covered, how many hold a completion that has not expired, each status.

    `groups` are `status_groups` querysets, one per group of requirements the rule treats alike, read
    together in one query (UNION ALL), so each person's status is worked out once and the report costs
    one query whatever its size.
    """
    if not groups:
        return []
    first, *others = groups
    per_row = defaultdict(
        lambda: {"total": 0, "compliant": 0, "never_signed_in": 0, **{status.value: 0 for status in STATUSES}}
    )
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # The planner's cost for a union over every requirement passes `jit_above_cost`, and JIT
            # compiling it takes far longer (over a second) than the hash joins it would speed up.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        groups = list(first.union(*others, all=True))
    for group in groups:
        counts = per_row[group["key"], group["agency_id"], group["team"]]
        counts[group["requirement_status"]] += group["people"]
        counts["total"] += group["people"]
        # Imported staff who have not yet used their invitation (or signed in through their agency).
        if not group["signed_in"]:
            counts["never_signed_in"] += group["people"]
        # Compliant: holding a completion that has not expired (current, or due soon for its refresher).
        if group["completed"] and group["requirement_status"] != RequirementStatus.EXPIRED:
            counts["compliant"] += group["people"]
    return [
        {"key": key, "agency_id": agency_id, "team": team, **counts}
        for (key, agency_id, team), counts in per_row.items()
    ]


def reaches(requirement, agency):
    return requirement.sector == agency.sector and requirement.agency_id in (None, agency.pk)


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


class ComplianceReport(AdminTemplateReport):
    page_title = "Compliance"
    export_name = "compliance"
    template_name = "reports/compliance.html"

    @cached_property
    def agency_ids(self):
        """The viewer's agencies (None: every agency), read once: an agency manager's cost a query."""
        return visible_agency_ids(self.request.user)

    @cached_property
    def agencies(self):
        agencies = Agency.objects.order_by("name")
        return agencies if self.agency_ids is None else agencies.filter(pk__in=self.agency_ids)

    @cached_property
    def filters(self):
        form = ComplianceFilterForm(self.request.GET or None, self.agencies)
        form.is_valid()
        return form

    @cached_property
    def by_team(self):
        return self.filters.is_bound and self.filters.cleaned_data.get("group") == Grouping.TEAM

    @cached_property
    def requirements(self):
        policy_scope = TrainingRequirement.objects.select_related("module", "agency", "job_role")
        if self.agency_ids is not None:
            sectors = Agency.objects.filter(pk__in=self.agency_ids).values("sector")
            policy_scope = policy_scope.filter(Q(agency__in=self.agency_ids) | Q(agency=None, sector__in=sectors))
        module = self.filters.cleaned_data.get("module") if self.filters.is_bound else None
        return list(policy_scope.filter(module=module) if module else policy_scope)

    def people(self, group):
        """Everyone in scope whom a group of requirements (`training.rule.alike`) covers, with their status."""
        people = with_status(covered_by_any(group), group[0], timezone.localdate())
        agency = self.filters.cleaned_data.get("agency") if self.filters.is_bound else None
        if agency:
            return people.filter(agency=agency)
        if self.agency_ids is None:
            return people
        # Ids, not a subquery: one less join for each requirement.
        return people.filter(agency__in=sorted(self.agency_ids))

    @cached_property
    def rows(self):
        names = {agency.pk: agency for agency in self.agencies}
        groups = alike(self.requirements)
        # Each agency is in one sector, so in a group it meets exactly one requirement.
        requirement_for = {(key, r.sector): r for key, group in enumerate(groups) for r in group}
        rows = []
        for counts in counted(
            [status_groups(key, self.people(group), self.by_team) for key, group in enumerate(groups)]
        ):
            agency = names[counts["agency_id"]]
            rows.append(
                {
                    "agency": agency,
                    "team": counts["team"],
                    "requirement": requirement_for[counts["key"], agency.sector],
                    "counts": [counts[status.value] for status in STATUSES],
                    "total": counts["total"],
                    "compliant": counts["compliant"],
                    "percent": percent(counts["compliant"], counts["total"]),
                    "never_signed_in": counts["never_signed_in"],
                }
            )
        # Within an agency, named teams first, then those with none recorded.
        return sorted(
            rows, key=lambda row: (row["agency"].name, not row["team"], row["team"], row["requirement"].module.title)
        )

    @cached_property
    def drill_down(self):
        """(requirement, agency, named learners) when the URL asks for one, each looked up in scope."""
        requirement_id, agency_id = self.request.GET.get("requirement"), self.request.GET.get("agency")
        if not requirement_id:
            return None
        requirement = next((r for r in self.requirements if str(r.pk) == requirement_id), None)
        agency = next((a for a in self.agencies if str(a.pk) == agency_id), None)
        if requirement is None or agency is None or not reaches(requirement, agency):
            raise Http404("No such requirement for that agency in your scope.")
        people = with_status(covered_people(requirement), requirement).filter(agency=agency).annotate(team=team_name())
        team = self.request.GET.get("team")
        if team is not None:
            team = team.replace("\x00", "")  # no team name holds one; PostgreSQL refuses it in a query
            people = people.filter(in_team(team))
        people = people.order_by("full_name")
        learners = [
            {
                "person": person,
                "status": RequirementStatus(person.requirement_status),
                "date": due_on(requirement, person),
            }
            for person in people
        ]
        return {"requirement": requirement, "agency": agency, "team": team, "learners": learners}

    def get(self, request, *args, **kwargs):
        self.extra_context = {
            "status_labels": [status.label for status in STATUSES],
            "filters": self.filters,
            "drill_down": self.drill_down,
            "by_team": self.by_team,
            "no_team": NO_TEAM,
        }
        return super().get(request, *args, **kwargs)

    def export_headings_list(self):
        if self.drill_down:
            return [
                "Learner",
                "Email",
                "Agency",
                "Team",
                "Job title",
                "Module",
                "Status",
                "Due or valid until",
                "Last signed in",
            ]
        team = ["Team"] if self.by_team else []
        statuses = [status.label for status in STATUSES]
        return ["Agency", *team, "Module", "Who", *statuses, "Learners", "Compliant (%)", "Never signed in"]

    def export_rows(self, queryset):
        if self.drill_down:
            requirement = self.drill_down["requirement"]
            for row in self.drill_down["learners"]:
                person = row["person"]
                yield [
                    person.full_name,
                    person.email,
                    self.drill_down["agency"].name,
                    person.team or NO_TEAM,
                    person.job_role,
                    requirement.module.title,
                    row["status"].label,
                    row["date"],
                    timezone.localtime(person.last_login).date() if person.last_login else "Never",
                ]
            return
        for row in self.rows:
            requirement = row["requirement"]
            team = [row["team"] or NO_TEAM] if self.by_team else []
            yield [
                row["agency"].name,
                *team,
                requirement.module.title,
                requirement.scope_label,
                *row["counts"],
                row["total"],
                row["percent"],
                row["never_signed_in"],
            ]
