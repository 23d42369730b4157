"""Montenegrin: Django has no formats of its own for it; it writes dates and
numbers as Serbian (Latin) does."""

from django.conf.locale.sr_Latn.formats import *  # noqa: F403
