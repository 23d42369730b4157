"""Sentences for the reasons the rule engine gives, in the viewer's language."""

from django.utils.translation import gettext as _

from .models import CreditCategory


def reason_messages() -> dict:
    """Return the translated sentence templates, to translate once per list."""
    return {
        "hours_missing": _("%(missing)s still to earn in this cycle."),
        "category_missing": _("%(missing)s still to earn in “%(category)s”."),
        "competency_missing": _("Mandatory competency not held: %(title)s."),
        "year_minimum_missed": _(
            "Year %(year)s of the cycle: %(earned)s earned of %(minimum)s."
        ),
        "previous_cycle_missed": _(
            "The cycle that ended on %(ended)s was not completed:"
        ),
        "no_licence_date": _(
            "No licence date is recorded; the start date is used instead."
        ),
        "categories": {value: str(label) for value, label in CreditCategory.choices},
    }


def describe_reason(reason: dict, *, competency_titles: dict, messages=None) -> str:
    """Return a sentence for one stored reason."""
    messages = messages or reason_messages()
    code, params = reason.get("code"), dict(reason.get("params", {}))
    if code not in messages or code == "categories":
        return code or ""
    if code == "category_missing":
        params["category"] = messages["categories"].get(params.get("category"), "")
    if code == "competency_missing":
        params["title"] = competency_titles.get(params.get("competency"), "?")
    return messages[code] % params if params else messages[code]


def describe_reasons(reasons: list[dict], *, competency_titles, messages=None):
    messages = messages or reason_messages()
    return [
        describe_reason(r, competency_titles=competency_titles, messages=messages)
        for r in reasons
    ]
