"""CSV and XLSX downloads of report tables, safe against formula injection."""

import csv
import io

from django.http import HttpResponse

from home.spreadsheets import safe_cell

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_response(*, filename: str, headings: list, rows, file_format: str):
    """Return a download of `rows` as CSV or XLSX (`file_format` "csv"/"xlsx")."""
    if file_format == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append([str(h) for h in headings])
        for row in rows:
            sheet.append([safe_cell(_plain(v)) for v in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(h) for h in headings])
    for row in rows:
        writer.writerow([safe_cell(_plain(v)) for v in row])
    return response


def _plain(value):
    if value is None:
        return ""
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (int, float, str)):
        return value
    return str(value)
