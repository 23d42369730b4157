import datetime
import io

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def signing_key(settings, tmp_path):
    """A throwaway key and self-signed certificate, configured for signing."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MIT test signer")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = tmp_path / "key.pem", tmp_path / "cert.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    settings.CERTIFICATE_SIGNING_KEY = str(key_path)
    settings.CERTIFICATE_SIGNING_CERT = str(cert_path)
    settings.CERTIFICATE_SIGNING_KEY_PASSPHRASE = ""
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(
        certificate.public_bytes(serialization.Encoding.DER)
    )


def signature_status(pdf: bytes, trust_root):
    reader = PdfFileReader(io.BytesIO(pdf))
    context = ValidationContext(trust_roots=[trust_root], allow_fetching=False)
    return validate_pdf_signature(reader.embedded_signatures[0], context)


def test_signed_certificate_validates(signing_key, make_certificate, trainee_member):
    certificate = make_certificate(trainee_member)
    with certificate.pdf.open("rb") as handle:
        pdf = handle.read()

    status = signature_status(pdf, signing_key)

    assert status.intact
    assert status.valid
    assert status.trusted
    assert status.coverage.name == "ENTIRE_FILE"


def test_changed_byte_breaks_the_signature(
    signing_key, make_certificate, trainee_member
):
    certificate = make_certificate(trainee_member)
    with certificate.pdf.open("rb") as handle:
        pdf = bytearray(handle.read())
    # The issuer is stored as plain text in the document information.
    position = pdf.index(b"Regional Training Programme")
    pdf[position] = ord("X")

    status = signature_status(bytes(pdf), signing_key)

    assert not status.intact
    assert not status.bottom_line


def test_unsigned_without_configuration(make_certificate, trainee_member):
    certificate = make_certificate(trainee_member)
    with certificate.pdf.open("rb") as handle:
        pdf = handle.read()

    assert PdfFileReader(io.BytesIO(pdf)).embedded_signatures == []
