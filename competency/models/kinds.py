from django.db import models
from django.utils.translation import gettext_lazy as _


class ActivityKind(models.TextChoices):
    """Kinds of external CE activity a member logs themselves."""

    WORKSHOP = "workshop", _("Workshop")
    FIELD_EXERCISE = "field_exercise", _("Field exercise")
    CONFERENCE = "conference", _("Conference")
    SUPERVISION = "supervision", _("Supervision or peer exchange")
    CROSS_BORDER = "cross_border", _("Cross-border exchange visit")


class CreditCategory(models.TextChoices):
    """Where CE credit comes from; external kinds keep their own category."""

    COURSE = "course", _("Course on the platform")
    CERTIFICATE = "certificate", _("Face-to-face training (certificate)")
    WORKSHOP = "workshop", _("Workshop")
    FIELD_EXERCISE = "field_exercise", _("Field exercise")
    CONFERENCE = "conference", _("Conference")
    SUPERVISION = "supervision", _("Supervision or peer exchange")
    CROSS_BORDER = "cross_border", _("Cross-border exchange visit")
