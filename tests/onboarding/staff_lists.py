"""Staff-list files for the import tests and the benchmark: CSV or XLSX bytes from rows of cells."""

import csv
import io

from openpyxl import Workbook

HEADING = ["Name", "Email", "Job role", "Team", "Start date"]


def csv_bytes(rows, heading=HEADING):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(heading)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows, heading=HEADING):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(heading)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def staff(count, domain="staff.example", role="Police constable"):
    """`count` distinct, valid rows."""
    return [
        [f"Person {number}", f"person{number}@{domain}", role, f"Team {number % 7}", "2026-09-01"]
        for number in range(count)
    ]
