"""The database cache's table, so that any process can fall back to the shared database cache.

It is created whatever cache the migrating process uses, because the web processes that run later
may be configured without Redis.
"""

from django.conf import settings
from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, settings.DATABASE_CACHE_TABLE, dry_run=False)


class Migration(migrations.Migration):
    dependencies = [("home", "0002_header_links")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
