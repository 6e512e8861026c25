"""Reading the site's database from the test, to check what a sign-in wrote."""

import sqlite3
from urllib.parse import urlparse


class SiteDatabase:
    def __init__(self, url):
        self.url = url

    def rows(self, sql, *params):
        if self.url.startswith(("postgres://", "postgresql://")):
            import psycopg

            with psycopg.connect(self.url) as connection:
                return connection.execute(sql, params).fetchall()
        connection = sqlite3.connect(urlparse(self.url).path)
        try:
            return connection.execute(sql.replace("%s", "?"), params).fetchall()
        finally:
            connection.close()

    def value(self, sql, *params):
        rows = self.rows(sql, *params)
        return rows[0][0] if rows else None
