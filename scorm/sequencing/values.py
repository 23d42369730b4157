"""Typed reading of sequencing attributes, with a message for the trainer.

Every reader takes the element (or None when the manifest does not declare it, so
the default applies) and `where`, the item the value belongs to, which the error
message names. Enumerated values are matched case-insensitively and returned in
their schema spelling, since hand-edited manifests often capitalise them.
"""

from decimal import Decimal
from xml.etree.ElementTree import Element

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..cmi import parse_timespan
from ..manifest import _attr, _local


def _bad(where: str, attribute: str, value: str, rule: str) -> ValidationError:
    return ValidationError(
        _('The sequencing of %(item)s has %(attribute)s="%(value)s"; %(rule)s')
        % {"item": where, "attribute": attribute, "value": value[:40], "rule": rule},
        code="bad_sequencing_value",
    )


def required(element: Element, name: str, *, where: str) -> str:
    """Return a required attribute, or raise if it is missing or empty."""
    value = _attr(element, name)
    if not value:
        raise ValidationError(
            _(
                "The sequencing of %(item)s has <%(element)s> without the required "
                "%(attribute)s."
            )
            % {"item": where, "element": _local(element.tag), "attribute": name},
            code="missing_sequencing_value",
        )
    return value


def boolean(element: Element | None, name: str, default: bool, *, where: str) -> bool:
    raw = _attr(element, name) if element is not None else ""
    if not raw:
        return default
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise _bad(where, name, raw, _("it must be true or false."))


def number_value(
    raw: str, name: str, default: float, *, where: str, low: float, high: float
) -> float:
    """Return a decimal from `raw` within [low, high] (`default` when empty)."""
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise _bad(
            where,
            name,
            raw,
            _("it must be a number from %(low)s to %(high)s.")
            % {"low": _plain(low), "high": _plain(high)},
        )
    return value


def number(
    element: Element | None,
    name: str,
    default: float,
    *,
    where: str,
    low: float,
    high: float,
) -> float:
    raw = _attr(element, name) if element is not None else ""
    return number_value(raw, name, default, where=where, low=low, high=high)


def whole(element: Element | None, name: str, *, where: str) -> int | None:
    """Return a non-negative integer attribute, or None when it is absent."""
    raw = _attr(element, name) if element is not None else ""
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 9:
        raise _bad(where, name, raw, _("it must be a whole number (0 or more)."))
    return int(raw)


def duration(element: Element | None, name: str, *, where: str) -> float | None:
    """Return an ISO 8601 duration attribute in seconds, or None when absent."""
    raw = _attr(element, name) if element is not None else ""
    if not raw:
        return None
    try:
        seconds = parse_timespan(raw) if raw.startswith("P") else None
    except ValueError:
        seconds = None
    if seconds is None:
        raise _bad(where, name, raw, _("it must be a duration such as PT1H30M."))
    return float(seconds)


def choice(
    element: Element | None,
    name: str,
    choices: tuple[str, ...],
    default: str,
    *,
    where: str,
) -> str:
    raw = _attr(element, name) if element is not None else ""
    return choice_value(raw, name, choices, default, where=where)


def choice_value(
    raw: str, name: str, choices: tuple[str, ...], default: str, *, where: str
) -> str:
    if not raw:
        return default
    for option in choices:
        if option.lower() == raw.lower():
            return option
    raise _bad(
        where,
        name,
        raw,
        _("it must be one of %(choices)s.") % {"choices": ", ".join(choices)},
    )


def _plain(value: float) -> str:
    return str(Decimal(str(value)).normalize())
