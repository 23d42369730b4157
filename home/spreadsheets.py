"""Reading uploaded CSV/XLSX tables and writing cells that are safe to export."""

import csv
import io
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 2 * 1024 * 1024
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def read_table(uploaded_file) -> list[list[str]]:
    """Return the cells of a .csv or .xlsx upload, or raise ValidationError."""
    if uploaded_file.size > MAX_FILE_BYTES:
        raise ValidationError(_("The file is larger than 2 MB. Split it into parts."))
    name = uploaded_file.name.lower()
    if name.endswith(".csv"):
        table = _read_csv(uploaded_file.read())
    elif name.endswith(".xlsx"):
        table = _read_xlsx(uploaded_file)
    else:
        raise ValidationError(_("Upload a .csv or .xlsx file."))
    return [
        [str(cell).strip() if cell is not None else "" for cell in row] for row in table
    ]


def _read_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValidationError(_("Save the CSV file with UTF-8 encoding.")) from err
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as err:
        raise ValidationError(
            _("The CSV file could not be read: %(error)s.") % {"error": err}
        ) from err


def _read_xlsx(uploaded_file) -> list[list]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(uploaded_file, read_only=True, data_only=True)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        OSError,
        KeyError,
        ValueError,
    ) as err:
        raise ValidationError(_("The XLSX file could not be read.")) from err
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def safe_cell(value):
    """Return a value that a spreadsheet will not run as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeExportMixin:
    """For Wagtail listing and report views: neutralise formulas in CSV exports.

    Wagtail's XLSX writer already stores formula-like text as strings; its CSV
    writer does not.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == "csv" else value
