"""Spreadsheet downloads that stream (CSV) or write row by row (XLSX), and cannot run as formulas."""

import csv
import io
import tempfile
from datetime import UTC, date, datetime

from django.db import connections
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_CHUNK = 500


def neutralise(value):
    """Text that a spreadsheet would treat as a formula gets a leading apostrophe, so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    return neutralise(value)


def raw_rows(queryset, size=2000):
    """The queryset's rows as the database returns them, through a server-side cursor where there is one.

    Skips Django's per-value conversions, which cost more than the query itself on large exports.
    """
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    connection = connections[queryset.db]
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(size):
            yield from rows


def moment(value):
    """A stored date-time (a string on SQLite, a datetime on PostgreSQL) as UTC "YYYY-MM-DD HH:MM:SS"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value[:19]
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def day(value):
    return "" if value is None else str(value)[:10]


def csv_response(filename, headings, rows):
    """Stream the rows as CSV, a few hundred rows to each chunk sent."""

    def chunks():
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headings)
        for number, row in enumerate(rows, start=1):
            writer.writerow([cell(value) for value in row])
            if number % ROWS_PER_CHUNK == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    response = StreamingHttpResponse(chunks(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(filename, headings, rows):
    """A workbook written in openpyxl's write-only mode to a temporary file, then streamed from disk."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=filename[:31])
    sheet.append(list(headings))
    for row in rows:
        sheet.append([cell(value) for value in row])
    output = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it after streaming
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def spreadsheet_response(export_format, filename, headings, rows):
    if export_format == "xlsx":
        return xlsx_response(filename, headings, rows)
    return csv_response(filename, headings, rows)
