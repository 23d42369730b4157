"""PAdES signatures for issued PDFs, when the deployment configures a key.

A signed certificate shows as changed in any PDF reader once a byte is altered.
Signing is optional: without CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_CERT
the PDF is returned as it is.
"""

import functools
import io

from django.conf import settings


def is_signing_configured() -> bool:
    return bool(settings.CERTIFICATE_SIGNING_KEY and settings.CERTIFICATE_SIGNING_CERT)


@functools.lru_cache(maxsize=2)
def _signer(key_file: str, cert_file: str, passphrase: str):
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load(
        key_file, cert_file, key_passphrase=passphrase.encode() or None
    )
    if signer is None:
        raise ValueError("The certificate signing key or certificate cannot be read.")
    return signer


def sign_pdf(pdf: bytes, *, reason: str) -> bytes:
    """Return the PDF with a PAdES signature, or unchanged if signing is off."""
    if not is_signing_configured():
        return pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _signer(
        settings.CERTIFICATE_SIGNING_KEY,
        settings.CERTIFICATE_SIGNING_CERT,
        settings.CERTIFICATE_SIGNING_KEY_PASSPHRASE,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name="Certificate",
        reason=reason,
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    output = signers.sign_pdf(writer, metadata, signer=signer)
    return output.getvalue()
