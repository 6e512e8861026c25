"""Reading a staff list: CSV or XLSX in, one dict of text per row out, within stated limits."""

import codecs
import csv
import io
import zipfile
from datetime import date, datetime

from django.conf import settings
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

# The columns an import reads, and the headings accepted for each (compared in lower case).
COLUMNS = {
    "name": ("name", "full name"),
    "email": ("email", "email address"),
    "job_role": ("job role", "role", "job title"),
    "team": ("team",),
    "start_date": ("start date",),
}
REQUIRED_COLUMNS = ("name", "email")
EXTENSIONS = (".csv", ".xlsx")
EXPECTED = "name, email, job role, team, start date"


class SpreadsheetError(ValueError):
    """A file the import cannot read at all; the message says why, in words a manager can act on."""


def max_bytes():
    return settings.ONBOARDING_IMPORT_MAX_BYTES


def max_rows():
    return settings.ONBOARDING_IMPORT_MAX_ROWS


def read_rows(filename, content):
    """[(row number in the file, {column: text})] for every non-blank row under the heading row."""
    if len(content) > max_bytes():
        raise SpreadsheetError(f"The file is larger than {max_bytes() // 1_000_000} MB. Split it into smaller files.")
    name = filename.lower()
    if name.endswith(".csv"):
        lines = csv_lines(content)
    elif name.endswith(".xlsx"):
        lines = xlsx_lines(content)
    else:
        raise SpreadsheetError("Upload a CSV file (.csv) or an Excel workbook (.xlsx).")
    return list(rows_under_heading(lines))


def csv_lines(content):
    try:
        text = codecs.decode(content, "utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = codecs.decode(content, "cp1252")
        except UnicodeDecodeError as error:
            raise SpreadsheetError("The file is not a text CSV file. Save it as CSV (UTF-8) and try again.") from error
    try:
        yield from csv.reader(io.StringIO(text, newline=""))
    except csv.Error as error:
        raise SpreadsheetError(f"The CSV file could not be read: {error}.") from error


def xlsx_lines(content):
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError("The file is not an Excel workbook (.xlsx) that can be read.") from error
    try:
        for values in workbook.worksheets[0].iter_rows(values_only=True):
            yield [cell_text(value) for value in values]
    finally:
        workbook.close()


def cell_text(value):
    """A workbook cell as text; a formula stays its text (=...), never its result."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def rows_under_heading(lines):
    lines = iter(lines)
    heading = next(lines, None)
    if heading is None:
        raise SpreadsheetError(f"The file is empty. The first row must name the columns: {EXPECTED}.")
    positions = column_positions(heading)
    for count, line in enumerate(lines, start=2):
        if not any(str(value).strip() for value in line):
            continue
        if count - 1 > max_rows():
            raise SpreadsheetError(f"The file has more than {max_rows():,} rows. Split it into smaller files.")
        yield count, {column: value_at(line, index) for column, index in positions.items()}


def column_positions(heading):
    names = [str(value).strip().lower() for value in heading]
    positions = {}
    for column, accepted in COLUMNS.items():
        for index, name in enumerate(names):
            if name in accepted:
                positions[column] = index
                break
    missing = [COLUMNS[column][0] for column in REQUIRED_COLUMNS if column not in positions]
    if missing:
        raise SpreadsheetError(
            f"The first row must name the columns; no {' or '.join(missing)} column was found. Expected: {EXPECTED}."
        )
    return positions


def value_at(line, index):
    return str(line[index]).strip() if index < len(line) else ""
