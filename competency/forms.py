from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CEActivity


class LogActivityForm(forms.ModelForm):
    class Meta:
        model = CEActivity
        fields = ["kind", "title", "occurred_on", "hours", "description", "evidence"]
        widgets = {
            "occurred_on": forms.DateInput(attrs={"type": "date"}),
            "hours": forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "evidence": forms.ClearableFileInput(
                attrs={"accept": ".pdf,.png,.jpg,.jpeg,application/pdf,image/*"}
            ),
        }
        help_texts = {
            "evidence": _("A PDF, PNG or JPEG file of at most 5 MB."),
            "hours": _("Hours of training, in steps of half an hour."),
        }


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment for the member"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ExemptionForm(forms.Form):
    starts_on = forms.DateField(
        label=_("Leave from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(
        label=_("Leave to"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(label=_("Reason"), max_length=200)


class LicenceDateForm(forms.Form):
    licence_date = forms.DateField(
        label=_("Licence date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class AuditSampleForm(forms.Form):
    size = forms.IntegerField(
        label=_("Number of activities"), min_value=1, max_value=200
    )
