"""Draw a certificate as a PDF with reportlab: texts, logos, signatures and a QR code.

Reportlab's built-in fonts cannot print Đ, Ć, Č or Cyrillic, so the DejaVu TTF
family (installed from npm by `make install`) is embedded. Nothing here touches the
database: callers pass a `CertificateLayout` built by `layout_for`.
"""

import functools
import io
from dataclasses import dataclass, field

import segno
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.utils.translation import gettext as _
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape, letter, portrait
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .models import CertificateTemplate

SANS = "CertificateSans"
SERIF = "CertificateSerifBold"
FONT_FILES = {SANS: "DejaVuSans.ttf", SERIF: "DejaVuSerif-Bold.ttf"}
# Binary streams are a quarter smaller than ASCII85 ones and faster to write.
rl_config.useA85 = 0

INK = HexColor("#1b1f24")
MUTED = HexColor("#525a63")
# A fixed QR mask skips segno's evaluation of all eight (most of the encoding
# time); any mask decodes, and the code is printed large on a white ground.
QR_MASK = 4
LOGO_BOX = (150, 48)
SIGNATURE_BOX = (130, 42)
IMAGE_MAX_PIXELS = (480, 192)
PAGE_SIZES = {"A4": A4, "letter": letter}


@dataclass
class SignatoryLayout:
    name: str
    function: str
    signature: ImageReader | None = None


@dataclass
class CertificateLayout:
    """Everything printed on one certificate, already in the template's language."""

    page_size: tuple[float, float]
    title: str
    paragraphs: list[tuple[str, str]]  # (style, text): "name", "course" or "text"
    issuer: str
    serial_line: str
    dates_line: str
    verify_line: str
    verify_url: str
    small_print: str = ""
    footnote: str = ""
    primary: str = "#0b5394"
    accent: str = "#c98a00"
    logos: list[ImageReader] = field(default_factory=list)
    signatories: list[SignatoryLayout] = field(default_factory=list)
    metadata_title: str = ""


@functools.cache
def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    font_dir = settings.CERTIFICATE_FONT_DIR
    for name, file_name in FONT_FILES.items():
        path = font_dir / file_name
        if not path.exists():
            raise ImproperlyConfigured(
                f"The certificate font {path} is missing: run `make install` "
                "(npm ci installs dejavu-fonts-ttf) or set CERTIFICATE_FONT_DIR."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))


@functools.lru_cache(maxsize=32)
def _image_jpeg(storage, name: str, file_hash: str) -> bytes:
    """Return a small JPEG of an uploaded image on white paper, made once per process.

    Reportlab embeds a JPEG as it is, where any other image is decoded and
    compressed again in every PDF: a third of the render time with a logo and two
    signatures.
    """
    from PIL import Image as PILImage

    with storage.open(name, "rb") as handle:
        picture = PILImage.open(handle)
        picture.load()
    picture.thumbnail(IMAGE_MAX_PIXELS)
    if picture.mode in ("RGBA", "LA", "P"):
        picture = picture.convert("RGBA")
        paper = PILImage.new("RGB", picture.size, "white")
        paper.paste(picture, mask=picture.getchannel("A"))
        picture = paper
    output = io.BytesIO()
    picture.convert("RGB").save(output, format="JPEG", quality=88)
    return output.getvalue()


def image_reader(image) -> ImageReader | None:
    if image is None:
        return None
    storage = image.file.storage
    return ImageReader(
        io.BytesIO(_image_jpeg(storage, image.file.name, image.file_hash))
    )


def page_size(template: CertificateTemplate) -> tuple[float, float]:
    size = PAGE_SIZES.get(template.page_size, A4)
    if template.orientation == CertificateTemplate.Orientation.PORTRAIT:
        return portrait(size)
    return landscape(size)


def render_pdf(layout: CertificateLayout) -> bytes:
    """Return the PDF of one certificate."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=layout.page_size, initialFontName=SANS, pageCompression=1
    )
    canvas.setTitle(layout.metadata_title or layout.title)
    canvas.setAuthor(layout.issuer)
    canvas.setCreator(layout.issuer)
    width, height = layout.page_size
    _draw_frame(canvas, layout, width, height)
    top = _draw_logos(canvas, layout.logos, width, height - 52)
    y = _draw_title(canvas, layout, width, top - 18)
    _draw_paragraphs(canvas, layout, width, y - 16)
    _draw_signatories(canvas, layout, width)
    _draw_footer(canvas, layout, width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_frame(canvas, layout, width, height):
    canvas.setStrokeColor(HexColor(layout.primary))
    canvas.setLineWidth(4)
    canvas.rect(22, 22, width - 44, height - 44)
    canvas.setStrokeColor(HexColor(layout.accent))
    canvas.setLineWidth(1)
    canvas.rect(30, 30, width - 60, height - 60)


def _draw_logos(canvas, logos, width, top):
    if not logos:
        return top - 10
    box_w, box_h = LOGO_BOX
    gap = 24
    sizes = []
    for logo in logos:
        img_w, img_h = logo.getSize()
        scale = min(box_w / img_w, box_h / img_h)
        sizes.append((img_w * scale, img_h * scale))
    x = (width - sum(w for w, _h in sizes) - gap * (len(sizes) - 1)) / 2
    for logo, (w, h) in zip(logos, sizes, strict=True):
        canvas.drawImage(logo, x, top - h, w, h)
        x += w + gap
    return top - box_h


def _fit(text: str, font: str, size: float, min_size: float, max_width: float):
    """Shrink a one-line text to fit, down to `min_size`; return the size."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > max_width:
        size -= 1
    return size


def _draw_title(canvas, layout, width, y):
    size = _fit(layout.title, SERIF, 30, 18, width - 140)
    canvas.setFillColor(HexColor(layout.primary))
    canvas.setFont(SERIF, size)
    canvas.drawCentredString(width / 2, y - size, layout.title)
    canvas.setStrokeColor(HexColor(layout.accent))
    canvas.setLineWidth(1.5)
    canvas.line(width / 2 - 60, y - size - 12, width / 2 + 60, y - size - 12)
    return y - size - 20


PARAGRAPH_STYLES = {
    # style: (font, size, smallest size, colour, space before)
    "name": (SERIF, 26, 14, None, 10),
    "course": (SERIF, 17, 11, "primary", 6),
    "text": (SANS, 12.5, 12.5, None, 6),
}


def _draw_paragraphs(canvas, layout, width, y):
    max_width = width - 160
    for style, text in layout.paragraphs:
        font, size, smallest, colour, space = PARAGRAPH_STYLES[style]
        canvas.setFillColor(HexColor(layout.primary) if colour else INK)
        if style != "text":
            size = _fit(text, font, size, smallest, max_width)
        lines = simpleSplit(text, font, size, max_width) or [""]
        y -= space
        canvas.setFont(font, size)
        for line in lines:
            y -= size * 1.3
            canvas.drawCentredString(width / 2, y, line)
    return y


def _draw_signatories(canvas, layout, width):
    if not layout.signatories:
        return
    line_y = 150
    slot = (width - 260) / len(layout.signatories)
    for number, signatory in enumerate(layout.signatories):
        centre = 70 + slot * number + slot / 2
        if signatory.signature is not None:
            img_w, img_h = signatory.signature.getSize()
            box_w, box_h = SIGNATURE_BOX
            scale = min(box_w / img_w, box_h / img_h)
            w, h = img_w * scale, img_h * scale
            canvas.drawImage(signatory.signature, centre - w / 2, line_y + 3, w, h)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.line(centre - 80, line_y, centre + 80, line_y)
        canvas.setFillColor(INK)
        canvas.setFont(SANS, _fit(signatory.name, SANS, 10.5, 7, 170))
        canvas.drawCentredString(centre, line_y - 14, signatory.name)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, _fit(signatory.function, SANS, 8.5, 6, 170))
        canvas.drawCentredString(centre, line_y - 26, signatory.function)


def _draw_footer(canvas, layout, width):
    qr_size = 84
    qr_x, qr_y = width - 48 - qr_size, 46
    draw_qr(canvas, layout.verify_url, qr_x, qr_y, qr_size)
    text_width = qr_x - 70
    lines = [
        (SANS, 9.5, INK, layout.issuer),
        (SANS, 9.5, INK, layout.serial_line),
        (SANS, 8.5, MUTED, layout.dates_line),
        (SANS, 8, MUTED, layout.verify_line),
    ]
    if layout.small_print:
        lines.append((SANS, 7.5, MUTED, layout.small_print))
    if layout.footnote:
        lines.append((SANS, 6.5, MUTED, "* " + layout.footnote))
    y = 104
    for font, size, colour, text in lines:
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        for line in simpleSplit(text, font, size, text_width):
            canvas.drawString(52, y, line)
            y -= size + 2.5


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw a QR code of `data` in a square of `size` points, quiet zone included."""
    matrix = segno.make_qr(data, error="m", mask=QR_MASK).matrix
    modules = len(matrix) + 8  # four modules of quiet zone on each side
    cell = size / modules
    canvas.setFillColor(HexColor("#ffffff"))
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    path = canvas.beginPath()
    for row_number, row in enumerate(matrix):
        row_y = y + size - (row_number + 5) * cell
        column, count = 0, len(row)
        # One rectangle per run of dark modules keeps the content stream short.
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            path.rect(x + (start + 4) * cell, row_y, (column - start) * cell, cell)
    canvas.setFillColor(HexColor("#000000"))
    canvas.drawPath(path, stroke=0, fill=1)


def preview_response(template: CertificateTemplate) -> HttpResponse:
    """Return the template rendered with sample data, for the admin preview."""
    from .layouts import sample_layout

    response = HttpResponse(
        render_pdf(sample_layout(template)), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'inline; filename="{}.pdf"'.format(_("preview"))
    return response
