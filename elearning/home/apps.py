from django.apps import AppConfig


def forget_page_tree(**kwargs):
    """Anything cached from the page tree (outlines, pages by URL, header links) is stale on every process."""
    from elearning import cache_versions

    cache_versions.bump(cache_versions.PAGES)


def forget_deleted_page(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        forget_page_tree()


class HomeConfig(AppConfig):
    name = "elearning.home"
    label = "home"
    verbose_name = "Home and information pages"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from .models import ImportantPages

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(forget_page_tree, dispatch_uid=f"page-tree-{id(signal)}")
        post_delete.connect(forget_deleted_page, dispatch_uid="page-tree-delete")
        for model in (ImportantPages, Site, PageViewRestriction):
            for signal in (post_save, post_delete):
                signal.connect(forget_page_tree, sender=model, dispatch_uid=f"page-tree-{model.__name__}-{id(signal)}")
        m2m_changed.connect(
            forget_page_tree, sender=PageViewRestriction.groups.through, dispatch_uid="page-tree-restriction-groups"
        )
