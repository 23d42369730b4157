import factory

from certificates.models import CertificateTemplate

BODY = (
    "This is to certify that\n{member_name}\nhas completed\n{course_title}\n"
    "on {completion_date} ({ce_hours} hours), {country}."
)


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate

    name = factory.Sequence(lambda n: f"Template {n}")
    language = "en"
    title = "Certificate of completion"
    body = BODY
    issuer = "MIT Regional Training Programme"
    footer = "Serial {serial}."
