"""Sentences for the reasons the rule engine gives, in the viewer's language."""

from django.utils.translation import gettext as _

from .models import CreditCategory


def describe_reason(reason: dict, *, competency_titles: dict[int, str]) -> str:
    """Return a sentence for one stored reason."""
    code, params = reason.get("code"), reason.get("params", {})
    if code == "hours_missing":
        return _("%(missing)s still to earn in this cycle.") % params
    if code == "category_missing":
        category = dict(CreditCategory.choices).get(params.get("category"), "")
        return _("%(missing)s still to earn in “%(category)s”.") % {
            "missing": params.get("missing"),
            "category": category,
        }
    if code == "competency_missing":
        title = competency_titles.get(params.get("competency"), "?")
        return _("Mandatory competency not held: %(title)s.") % {"title": title}
    if code == "year_minimum_missed":
        return (
            _("Year %(year)s of the cycle: %(earned)s earned of %(minimum)s.") % params
        )
    if code == "previous_cycle_missed":
        return _("The cycle that ended on %(ended)s was not completed:") % params
    if code == "no_licence_date":
        return _("No licence date is recorded; the start date is used instead.")
    return code or ""


def describe_reasons(reasons: list[dict], *, competency_titles) -> list[str]:
    return [describe_reason(r, competency_titles=competency_titles) for r in reasons]
