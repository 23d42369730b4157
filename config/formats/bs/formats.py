"""Bosnian: Django's own formats write dates year first ("2026 Mar. 5"); Bosnian
texts write them as Serbian (Latin) and Croatian do: "5.03.2026."."""

from django.conf.locale.sr_Latn.formats import *  # noqa: F403
