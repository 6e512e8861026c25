from wagtail import hooks

from .viewsets import RecordStoreViewSet


@hooks.register("register_admin_viewset")
def register_record_store_viewset():
    return RecordStoreViewSet("learning_record_stores")
