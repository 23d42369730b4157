from django import forms
from django.utils.translation import gettext_lazy as _

from teams.models import Sector
from teams.scope import visible_countries, visible_teams

from .reports import GROUPINGS


class ResultFilterForm(forms.Form):
    team = forms.ModelChoiceField(label=_("Team"), queryset=None, required=False)
    country = forms.ModelChoiceField(label=_("Country"), queryset=None, required=False)
    sector = forms.ModelChoiceField(
        label=_("Sector"), queryset=Sector.objects.all(), required=False
    )
    submitted_from = forms.DateField(
        label=_("Submitted from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    submitted_to = forms.DateField(
        label=_("Submitted to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = visible_teams(user).order_by("name")
        self.fields["country"].queryset = visible_countries(user).order_by("name")


class GainForm(forms.Form):
    group_by = forms.ChoiceField(
        label=_("Group by"),
        choices=[
            ("team", _("Team")),
            ("country", _("Country")),
            ("sector", _("Sector")),
        ],
        required=False,
    )

    def clean_group_by(self):
        value = self.cleaned_data["group_by"]
        return value if value in GROUPINGS else "team"


class GradeForm(forms.Form):
    mark = forms.DecimalField(label=_("Mark"), min_value=0, decimal_places=2)
    comment = forms.CharField(
        label=_("Comment for the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
