"""Messages for the trainer about sequencing the LMS does not honour."""

from django.utils.translation import gettext as _

from .rules import UNSUPPORTED_CONDITIONS

MAX_NAMED_ITEMS = 5


def package_warnings(
    tree: dict, *, notes: dict, organisations: int, title: str
) -> list[str]:
    """Return one translated message per kind of unsupported sequencing."""
    warnings = []
    for condition in UNSUPPORTED_CONDITIONS:
        users = _condition_users(tree, condition)
        if users:
            warnings.append(
                _(
                    "Rule conditions %(condition)s (in %(items)s) are not supported; "
                    "such conditions are treated as false."
                )
                % {"condition": condition, "items": _names(users)}
            )
    for limit, users in notes["limits"].items():
        warnings.append(
            _(
                "The limit condition %(limit)s (in %(items)s) is not supported and "
                "is ignored."
            )
            % {"limit": limit, "items": _names(users)}
        )
    if notes["auxiliary"]:
        warnings.append(
            _("Auxiliary resources (in %(items)s) are not supported and are ignored.")
            % {"items": _names(notes["auxiliary"])}
        )
    if organisations > 1:
        warnings.append(
            _(
                "The package has %(count)s organisations; only the default one, "
                "%(title)s, is used."
            )
            % {"count": organisations, "title": title}
        )
    for item, reference in notes["missing_refs"]:
        warnings.append(
            _(
                "The sequencing of %(item)s refers to %(reference)s, which is not in "
                "the package's sequencing collection; the reference is ignored."
            )
            % {"item": item, "reference": reference}
        )
    return warnings + notes["other"]


def _condition_users(activity: dict, condition: str) -> list[str]:
    rules = [
        *activity["pre_rules"],
        *activity["exit_rules"],
        *activity["post_rules"],
        *activity["rollup"]["rules"],
    ]
    users = (
        [activity["id"]]
        if any(
            c["condition"] == condition for rule in rules for c in rule["conditions"]
        )
        else []
    )
    for child in activity["children"]:
        users += _condition_users(child, condition)
    return users


def _names(identifiers: list[str]) -> str:
    unique = list(dict.fromkeys(identifiers))
    shown = ", ".join(unique[:MAX_NAMED_ITEMS])
    return shown + ", …" if len(unique) > MAX_NAMED_ITEMS else shown
