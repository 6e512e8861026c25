from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "elearning.home"
    label = "home"
    verbose_name = "Home and information pages"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from .models import ImportantPages
        from .site_links import forget_site_links

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(forget_site_links, dispatch_uid=f"site-links-{id(signal)}")
        post_save.connect(forget_site_links, sender=ImportantPages, dispatch_uid="site-links-save")
        post_delete.connect(forget_site_links, sender=ImportantPages, dispatch_uid="site-links-delete")
