from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.spreadsheets import read_table
from teams.scope import visible_members, visible_teams

from .models import CoursePage
from .services import team_members


class EnrolMembersForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
    )
    teams = forms.ModelMultipleChoiceField(
        label=_("Whole teams"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every current member of the chosen teams is enrolled."),
    )
    people = forms.CharField(
        label=_("Members"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("E-mail addresses or usernames, one per line."),
    )
    file = forms.FileField(
        label=_("List of members"),
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
            locale__language_code=settings.LANGUAGE_CODE
        ).order_by("title")
        self.fields["teams"].queryset = visible_teams(user).order_by("name")

    def _identifiers(self) -> list[str]:
        lines = [
            line.strip() for line in self.cleaned_data.get("people", "").splitlines()
        ]
        upload = self.cleaned_data.get("file")
        if upload:
            for row in read_table(upload):
                if (
                    row
                    and row[0]
                    and row[0].casefold() not in {"email", "e-mail", "username"}
                ):
                    lines.append(row[0])
        return [line for line in lines if line]

    def clean(self):
        cleaned = super().clean()
        try:
            identifiers = self._identifiers()
        except ValidationError as err:
            self.add_error("file", err)
            return cleaned
        members = {}
        for team in cleaned.get("teams") or []:
            members.update({m.pk: m for m in team_members(team)})
        if identifiers:
            condition = Q()
            for identifier in identifiers:
                condition |= Q(user__email__iexact=identifier) | Q(
                    user__username__iexact=identifier
                )
            found = list(
                visible_members(self.user).filter(condition).select_related("user")
            )
            known = {m.user.email.casefold() for m in found} | {
                m.user.username.casefold() for m in found
            }
            unknown = [i for i in identifiers if i.casefold() not in known]
            if unknown:
                self.add_error(
                    "people" if cleaned.get("people") else "file",
                    _("No member in your scope matches: %(list)s. Nobody was enrolled.")
                    % {"list": ", ".join(unknown[:20])},
                )
            members.update({m.pk: m for m in found})
        if not members and not self.errors:
            raise ValidationError(_("Choose at least one team or member."))
        cleaned["members"] = list(members.values())
        return cleaned
