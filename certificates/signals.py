from django.dispatch import Signal

# Sent after the transaction that issued or revoked the certificate commits.
certificate_issued = Signal()  # kwargs: certificate
certificate_revoked = Signal()  # kwargs: certificate
