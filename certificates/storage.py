"""Where issued PDFs are kept: the `certificates` entry of STORAGES, never public."""

from django.core.files.storage import storages
from django.utils.functional import LazyObject


class CertificateStorage(LazyObject):
    """Delegate to STORAGES["certificates"], looked up on every use.

    Looking it up each time (a dictionary read) lets a deployment or a test change
    the setting without re-importing the models.
    """

    def _setup(self):
        self._wrapped = storages["certificates"]

    def __getattr__(self, name):
        return getattr(storages["certificates"], name)


certificate_storage = CertificateStorage()


def select_certificate_storage():
    return certificate_storage
