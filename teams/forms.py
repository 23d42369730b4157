from django import forms
from django.utils.translation import gettext_lazy as _


class MemberImportForm(forms.Form):
    file = forms.FileField(
        label=_("Member list"),
        help_text=_(
            "A .csv or .xlsx file whose first row names the columns: first_name, "
            "last_name, email, country, sector, organisation, team, role, language."
        ),
    )
