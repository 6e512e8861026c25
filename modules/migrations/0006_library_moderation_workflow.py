"""Library snippets go through the same moderation workflow as pages: the one on the root page.

Existing snippets stay live (the previous migration adds `live` with default True). The default
"Moderators approval" workflow is used when the root page has none assigned; with neither, nothing
is assigned and an administrator can assign one under Settings, Workflows. The groups that approve
its tasks may change and publish the snippets, as they may the pages: approving the last task
publishes the change with the approver's permissions.
"""

from django.db import migrations

MODELS = ["casestudy", "myth", "supportservice"]
APPROVER_ACTIONS = ["change", "publish"]


def page_workflow(apps):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    assigned = WorkflowPage.objects.filter(page__depth=1, workflow__active=True).select_related("workflow").first()
    if assigned:
        return assigned.workflow
    return Workflow.objects.filter(name="Moderators approval", active=True).first()


def assign(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = page_workflow(apps)
    if workflow is None:
        return
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="modules", model=model)
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
    grant_approvers(apps, workflow)


def approver_groups(apps, workflow):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow, active=True)
    return Group.objects.filter(groupapprovaltask__in=tasks).distinct()


def grant_approvers(apps, workflow):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    groups = list(approver_groups(apps, workflow))
    for model in MODELS:
        content_type = ContentType.objects.get(app_label="modules", model=model)
        for action in APPROVER_ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            for group in groups:
                group.permissions.add(permission)


def unassign(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(content_type__app_label="modules", content_type__model__in=MODELS).delete()


class Migration(migrations.Migration):
    dependencies = [("modules", "0005_library_drafts_and_review"), ("wagtailcore", "0083_workflowcontenttype")]

    operations = [migrations.RunPython(assign, unassign)]
