"""Demo certificates: a template (with a Serbian Cyrillic version) for the demo
courses, the certificates their completions earn, one expired and one revoked.

`load_demo` runs every loader in one transaction, so course completions recorded by
`courses.demo` reach our receiver only when it commits; this loader issues those
certificates itself first (without e-mails), and the receiver then finds them.
The logo and signatures are drawn here: neutral shapes, no real marks.
"""

import datetime
import io
import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection

from courses.demo_content import CORE_COURSE, INDUCTION
from courses.models import CoursePage, Enrollment
from teams.models import Member

from .issuing import add_months, issue_certificate, issue_for_completion
from .models import Certificate, CertificateTemplate, Signatory, TemplateLogo
from .services import revoke_certificate

ISSUER = "MIT Regional Training Programme"
TEMPLATE = {
    "name": "MIT programme certificate",
    "language": "en",
    "title": "Certificate of completion",
    "body": (
        "This is to certify that\n{member_name}\nhas successfully completed the "
        "course\n{course_title}\non {completion_date}, with {ce_hours} hours of "
        "continuing education."
    ),
    "footer": (
        "Awarded within the MIT Regional Training Programme for Mobile "
        "Identification Teams in the Western Balkans."
    ),
}
CYRILLIC_TEMPLATE = {
    "name": "MIT programme certificate (Serbian Cyrillic)",
    "language": "sr",
    "title": "Сертификат о завршеној обуци",
    "body": (
        "Овим се потврђује да је\n{member_name}\nуспешно завршио/ла курс\n"
        "{course_title}\nдана {completion_date}, уз {ce_hours} сати сталног "
        "стручног усавршавања."
    ),
    "footer": "Додељено у оквиру Регионалног програма обуке мобилних тимова (MIT).",
}
SIGNATORIES = [
    ("Programme coordinator (demo)", "MIT Regional Training Programme"),
    ("Lead trainer (demo)", "MIT Regional Training Programme"),
]
EXPIRED_HOLDER = "jelena.djordjevic"
REVOKED_HOLDER = "ardit.coba"
REVOCATION_REASON = "Issued in error: the member did not attend the whole training."


def load_demo(stdout) -> None:
    template = _template()
    courses = list(
        CoursePage.objects.filter(
            slug__in=[INDUCTION["slug"], CORE_COURSE["slug"]],
            locale__language_code=settings.LANGUAGE_CODE,
        )
    )
    for course in courses:
        if course.certificate_template_id is None:
            course.certificate_template = template
            course.save_revision().publish()
    completed = Enrollment.objects.filter(
        course__in=courses, completed_at__isnull=False
    ).select_related("member__user", "member__country", "course")
    issued = sum(
        1
        for enrollment in completed
        if issue_for_completion(enrollment=enrollment, notify=False)
    )
    core = next((c for c in courses if c.slug == CORE_COURSE["slug"]), None)
    if core is not None:
        _expired_certificate(core)
        _revoked_certificate(core)
    stdout.write(f"Certificates: {issued} for completed courses, plus history.")


def _template() -> CertificateTemplate:
    template = CertificateTemplate.objects.filter(name=TEMPLATE["name"]).first()
    if template is not None:
        return template
    logo = _image("Demo programme emblem", _emblem_png())
    template = _save_template(TEMPLATE, logo=logo)
    _save_template(CYRILLIC_TEMPLATE, logo=logo, variant_of=template)
    return template


def _save_template(data, *, logo, variant_of=None) -> CertificateTemplate:
    template = CertificateTemplate(
        **data, issuer=ISSUER, variant_of=variant_of, primary_colour="#0b5394"
    )
    template.logos = [TemplateLogo(image=logo)]
    template.signatories = [
        Signatory(
            name=name,
            function=function,
            signature=_image(f"Demo signature {n + 1}", _signature_png(seed=n)),
        )
        for n, (name, function) in enumerate(SIGNATORIES)
    ]
    template.full_clean()
    template.save()
    return template


def _image(title: str, data: bytes):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(
        title=title,
        file=ImageFile(io.BytesIO(data), name=title.lower().replace(" ", "-") + ".png"),
        collection=Collection.get_first_root_node(),
    )
    image.save()
    return image


def _emblem_png() -> bytes:
    """Draw a neutral emblem: concentric rings around a six-pointed figure."""
    from PIL import Image, ImageDraw

    size = 240
    picture = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, size - 8, size - 8), outline="#0b5394", width=12)
    draw.ellipse((36, 36, size - 36, size - 36), outline="#c98a00", width=6)
    centre, radius = size / 2, 62
    points = [
        (
            centre + radius * math.cos(math.pi / 6 + k * math.pi / 3) * (k % 2 or 0.55),
            centre + radius * math.sin(math.pi / 6 + k * math.pi / 3) * (k % 2 or 0.55),
        )
        for k in range(6)
    ]
    draw.polygon(points, fill="#0b5394")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _signature_png(*, seed: int) -> bytes:
    """Draw a made-up flourish that looks like a handwritten signature."""
    from PIL import Image, ImageDraw

    width, height = 360, 120
    picture = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    points = [
        (
            20 + x,
            height / 2
            + 28 * math.sin(x / (17 + 5 * seed)) * math.cos(x / (41 - 7 * seed)),
        )
        for x in range(0, width - 40, 3)
    ]
    draw.line(points, fill="#1b2a6b", width=4, joint="curve")
    draw.line([(40, height - 22), (width - 60, height - 30)], fill="#1b2a6b", width=3)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _member(username: str) -> Member | None:
    return (
        Member.objects.select_related("user", "country")
        .filter(user__username=username)
        .first()
    )


def _expired_certificate(core: CoursePage) -> None:
    member = _member(EXPIRED_HOLDER)
    if (
        member is None
        or Certificate.objects.filter(member=member, course=core).exists()
    ):
        return
    months = core.certificate_validity_months or 24
    issued_at = add_months(timezone.now(), -(months + 3))
    issue_certificate(
        member=member,
        course=core,
        completed_at=issued_at - datetime.timedelta(days=1),
        kind=Certificate.Kind.FACE_TO_FACE,
        issued_at=issued_at,
        expires_at=add_months(issued_at, months),
        actor=get_user_model().objects.filter(username="trainer").first(),
        notify=False,
    )


def _revoked_certificate(core: CoursePage) -> None:
    member = _member(REVOKED_HOLDER)
    if (
        member is None
        or Certificate.objects.filter(member=member, course=core).exists()
    ):
        return
    trainer = get_user_model().objects.get(username="trainer")
    completed_at = timezone.now() - datetime.timedelta(days=45)
    certificate = issue_certificate(
        member=member,
        course=core,
        completed_at=completed_at,
        kind=Certificate.Kind.FACE_TO_FACE,
        issued_at=completed_at + datetime.timedelta(days=1),
        actor=trainer,
        notify=False,
    )
    revoke_certificate(certificate=certificate, actor=trainer, reason=REVOCATION_REASON)
