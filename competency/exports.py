"""CSV and XLSX downloads of reports; each export is recorded with its filter."""

import csv
import datetime
import io

from django.http import HttpResponse
from django.utils import timezone

from home.spreadsheets import safe_cell

from .models import ReportExport

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")


def _plain(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value
    if value is None:
        return ""
    if isinstance(value, str | int | float | datetime.date):
        return value
    return str(value)


def export_response(
    *, user, report: str, file_format: str, filters: dict, headings, rows
) -> HttpResponse:
    """Record the export and return the table as a CSV or XLSX download."""
    rows = [[safe_cell(_plain(cell)) for cell in row] for row in rows]
    ReportExport.objects.create(
        user=user,
        report=report,
        file_format=file_format,
        filters=filters,
        row_count=len(rows),
    )
    headings = [str(h) for h in headings]
    stamp = timezone.localdate().isoformat()
    if file_format == "xlsx":
        content, content_type = _xlsx(headings, rows), XLSX_TYPE
    else:
        content, content_type = _csv(headings, rows), "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{report}-{stamp}.{file_format}"'
    )
    return response


def _csv(headings, rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(headings, rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
