from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from courses.services import team_members
from home.spreadsheets import read_table
from teams.scope import visible_members, visible_teams

HEADER_CELLS = {"email", "e-mail", "username"}


class VerifyLookupForm(forms.Form):
    serial = forms.CharField(
        label=_("Serial number"),
        max_length=30,
        widget=forms.TextInput(attrs={"placeholder": "MIT-2026-000123"}),
    )
    surname = forms.CharField(
        label=_("Surname of the holder"), max_length=150, strip=True
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Shown on the public verification page."),
    )


class IssueForm(forms.Form):
    """Choose a course, a training date and who attended: teams, people or a list."""

    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
        help_text=_("Only courses with a certificate template are listed."),
    )
    completed_on = forms.DateField(
        label=_("Training completed on"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    teams = forms.ModelMultipleChoiceField(
        label=_("Whole teams"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every current member of the chosen teams receives one."),
    )
    people = forms.CharField(
        label=_("Members"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("E-mail addresses or usernames, one per line."),
    )
    file = forms.FileField(
        label=_("Attendance list"),
        required=False,
        help_text=_(
            "A .csv or .xlsx file with e-mail addresses or usernames in the "
            "first column."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["course"].queryset = CoursePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE,
            certificate_template__isnull=False,
        ).order_by("title")
        self.fields["teams"].queryset = visible_teams(user).order_by("name")

    def clean_completed_on(self):
        value = self.cleaned_data["completed_on"]
        if value > timezone.localdate():
            raise ValidationError(_("The training date cannot be in the future."))
        return value

    def _lines(self) -> list[str]:
        text = self.cleaned_data.get("people", "")
        lines = [line.strip() for line in text.splitlines()]
        upload = self.cleaned_data.get("file")
        if upload:
            for row in read_table(upload):
                if row and row[0] and row[0].casefold() not in HEADER_CELLS:
                    lines.append(row[0])
        return list(dict.fromkeys(line for line in lines if line))

    def clean(self):
        cleaned = super().clean()
        try:
            lines = self._lines()
        except ValidationError as err:
            self.add_error("file", err)
            return cleaned
        members = {}
        for team in cleaned.get("teams") or []:
            members.update({m.pk: m for m in team_members(team)})
        unmatched = []
        if lines:
            condition = Q()
            for line in lines:
                condition |= Q(user__email__iexact=line) | Q(
                    user__username__iexact=line
                )
            found = list(
                visible_members(self.user).filter(condition).select_related("user")
            )
            known = {m.user.email.casefold() for m in found} | {
                m.user.username.casefold() for m in found
            }
            unmatched = [line for line in lines if line.casefold() not in known]
            members.update({m.pk: m for m in found})
        if not members and not unmatched and not self.errors:
            raise ValidationError(_("Choose at least one team or member."))
        cleaned["members"] = list(members.values())
        cleaned["unmatched"] = unmatched
        return cleaned
