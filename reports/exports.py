"""Spreadsheet downloads that stream (CSV) or write row by row (XLSX), and cannot run as formulas."""

import codecs
import csv
import io
import tempfile
from datetime import date, datetime
from itertools import islice

from django.db import connections, transaction
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ROWS_PER_CHUNK = 2000
FORMULA_FIRST_CHARACTERS = frozenset(FORMULA_STARTS)


def neutralise(value):
    """Text that a spreadsheet would treat as a formula gets a leading apostrophe, so it stays text."""
    if isinstance(value, str) and value[:1] in FORMULA_FIRST_CHARACTERS:
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


def raw_rows(queryset, size=5000):
    """The queryset's rows as the database returns them, through a server-side cursor where there is one.

    Skips Django's per-value conversions, which cost more than the query itself on large exports. The
    transaction lets PostgreSQL stream from a plain server-side cursor instead of materialising a
    WITH HOLD one first.
    """
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    connection = connections[queryset.db]
    with transaction.atomic(using=queryset.db), connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(size):
            yield from rows


def copied_csv(queryset):
    """CSV text for the queryset's rows, written by PostgreSQL's own COPY and streamed as it arrives.

    Every value must already be text fit to export (the query does the formatting and neutralising).
    """
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    connection = connections[queryset.db]
    decoder = codecs.getincrementaldecoder("utf-8")()
    with (
        transaction.atomic(using=queryset.db),
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", params) as copy,
    ):
        for data in copy:
            yield decoder.decode(bytes(data))
    yield decoder.decode(b"", final=True)


def can_copy(queryset):
    return connections[queryset.db].vendor == "postgresql"


def csv_heading_line(headings):
    buffer = io.StringIO()
    csv.writer(buffer).writerow(headings)
    return buffer.getvalue()


def as_cells(rows):
    for row in rows:
        yield [cell(value) for value in row]


def csv_response(filename, headings, rows=(), body=None):
    """Stream rows of ready cells as CSV, a couple of thousand rows to each chunk sent.

    `body`, when given, is CSV text already made (by the database) to send after the headings.
    """

    def chunks():
        if body is not None:
            yield csv_heading_line(headings)
            yield from body
            return
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headings)
        rows_iter = iter(rows)
        while batch := list(islice(rows_iter, ROWS_PER_CHUNK)):
            writer.writerows(batch)
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
        sheet.append(row)
    output = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it after streaming
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def spreadsheet_response(export_format, filename, headings, rows, cells_ready=False):
    """A CSV or XLSX download; rows are converted to safe cells unless the caller has done it already."""
    if not cells_ready:
        rows = as_cells(rows)
    if export_format == "xlsx":
        return xlsx_response(filename, headings, rows)
    return csv_response(filename, headings, rows)
