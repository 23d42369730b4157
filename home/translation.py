"""Language fallbacks beyond Django's: Montenegrin falls back to Serbian Latin.

Django falls back from any language straight to LANGUAGE_CODE (English). For a
language with a `fallback` in LANG_INFO (cnr -> sr-latn), a missing string is looked
up in the fallback language first, which then falls back to English as usual.
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import trans_real

_django_add_fallback = trans_real.DjangoTranslation._add_fallback


def _add_fallback(self, localedirs=None):
    language = self.language()
    fallbacks = LANG_INFO.get(language, {}).get("fallback", [])
    if fallbacks and self.domain == "django":
        # The fallback already chains on to English; adding English here as well
        # would make it its own fallback.
        self.add_fallback(trans_real.translation(fallbacks[0]))
        return
    _django_add_fallback(self, localedirs)


def install_language_fallbacks() -> None:
    trans_real.DjangoTranslation._add_fallback = _add_fallback
