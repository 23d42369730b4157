"""Bulk onboarding: read a member list, check every row, import all or none."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from home.spreadsheets import read_table

from .models import (
    Country,
    MemberImport,
    Organisation,
    Sector,
    Team,
    TeamMembership,
)
from .scope import visible_teams
from .services import create_member, send_invitation

logger = logging.getLogger(__name__)

MAX_ROWS = 2000
COLUMNS = (
    "first_name",
    "last_name",
    "email",
    "country",
    "sector",
    "organisation",
    "team",
    "role",
    "language",
)
HEADING_ALIASES = {"e_mail": "email", "mail": "email", "role_in_team": "role"}
REQUIRED = ("first_name", "last_name", "email", "country", "sector", "team")
COLUMN_LABELS = {
    "first_name": gettext_lazy("First name"),
    "last_name": gettext_lazy("Last name"),
    "email": gettext_lazy("E-mail"),
    "country": gettext_lazy("Country"),
    "sector": gettext_lazy("Sector"),
    "organisation": gettext_lazy("Organisation"),
    "team": gettext_lazy("Team"),
    "role": gettext_lazy("Role"),
    "language": gettext_lazy("Language"),
}


@dataclass
class Lookups:
    """Everything row checks need, loaded once per file."""

    countries: dict[str, Country]
    sectors: dict[str, Sector]
    teams: dict[str, Team]
    organisations: dict[tuple[str, int], Organisation]
    emails_in_use: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)


def _key(value: str) -> str:
    return value.strip().casefold()


def _column(heading: str) -> str:
    column = _key(heading).replace(" ", "_").replace("-", "_")
    return HEADING_ALIASES.get(column, column)


def read_rows(uploaded_file) -> list[dict[str, str]]:
    """Return the member list's rows as dicts keyed by COLUMNS."""
    table = [cells for cells in read_table(uploaded_file) if any(cells)]
    if not table:
        raise ValidationError(_("The file is empty."))
    header = [_column(cell) for cell in table[0]]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ValidationError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    rows = []
    for cells in table[1:]:
        row = dict.fromkeys(COLUMNS, "")
        for index, column in enumerate(header):
            if column in row and index < len(cells):
                row[column] = cells[index]
        rows.append(row)
    if not rows:
        raise ValidationError(_("The file has a header row but no members."))
    if len(rows) > MAX_ROWS:
        raise ValidationError(
            _(
                "The file has %(count)s members; at most %(max)s can be imported "
                "at once."
            )
            % {"count": len(rows), "max": MAX_ROWS}
        )
    return rows


def load_lookups(user, rows: list[dict[str, str]]) -> Lookups:
    countries = {}
    for country in Country.objects.all():
        countries[_key(country.code)] = country
        countries[_key(country.name)] = country
    sectors = {}
    for sector in Sector.objects.all():
        sectors[_key(sector.code)] = sector
        sectors[_key(sector.name)] = sector
    teams = {_key(team.name): team for team in visible_teams(user)}
    organisations = {
        (_key(org.name), org.country_id): org for org in Organisation.objects.all()
    }
    emails = {_key(row["email"]) for row in rows if row["email"]}
    in_use = set()
    if emails:
        condition = Q()
        for email in emails:
            condition |= Q(email__iexact=email)
        in_use = {
            _key(email)
            for email in get_user_model()
            .objects.filter(condition)
            .values_list("email", flat=True)
        }
    return Lookups(
        countries=countries,
        sectors=sectors,
        teams=teams,
        organisations=organisations,
        emails_in_use=in_use,
        languages={code for code, _name in settings.LANGUAGES},
    )


def check_rows(rows: list[dict[str, str]], lookups: Lookups) -> list[dict]:
    """Return each row with its list of errors (empty when the row can be imported)."""
    seen = set()
    checked = []
    roles = {_key(value): value for value, _label in TeamMembership.Role.choices}
    roles.update(
        {_key(str(label)): value for value, label in TeamMembership.Role.choices}
    )
    for number, row in enumerate(rows, start=2):
        errors = [
            _("%(column)s is required.") % {"column": COLUMN_LABELS[column]}
            for column in REQUIRED
            if not row[column]
        ]
        email = _key(row["email"])
        if email:
            try:
                validate_email(row["email"])
            except ValidationError:
                errors.append(
                    _("“%(email)s” is not an e-mail address.") % {"email": row["email"]}
                )
            if email in seen:
                errors.append(_("This e-mail address appears twice in the file."))
            elif email in lookups.emails_in_use:
                errors.append(_("A person with this e-mail address already exists."))
            seen.add(email)
        country = lookups.countries.get(_key(row["country"]))
        if row["country"] and country is None:
            errors.append(_("Unknown country “%(value)s”.") % {"value": row["country"]})
        if row["sector"] and _key(row["sector"]) not in lookups.sectors:
            errors.append(_("Unknown sector “%(value)s”.") % {"value": row["sector"]})
        team = lookups.teams.get(_key(row["team"]))
        if row["team"] and team is None:
            errors.append(
                _("Unknown team “%(value)s”, or a team outside your scope.")
                % {"value": row["team"]}
            )
        if team and country and team.country_id != country.pk:
            errors.append(_("The team is in another country."))
        if row["role"] and _key(row["role"]) not in roles:
            errors.append(_("Unknown role “%(value)s”.") % {"value": row["role"]})
        if row["language"] and row["language"].lower() not in lookups.languages:
            errors.append(
                _("Unknown language “%(value)s”.") % {"value": row["language"]}
            )
        new_organisation = bool(
            row["organisation"]
            and country
            and (_key(row["organisation"]), country.pk) not in lookups.organisations
        )
        checked.append(
            {
                "line": number,
                "values": row,
                "errors": errors,
                "new_organisation": new_organisation,
                "role": roles.get(_key(row["role"]), TeamMembership.Role.MEMBER),
            }
        )
    return checked


def preview_import(*, user, uploaded_file) -> MemberImport:
    """Read and check an uploaded list and keep it for the preview; import nothing."""
    rows = read_rows(uploaded_file)
    checked = check_rows(rows, load_lookups(user, rows))
    return MemberImport.objects.create(
        uploaded_by=user, file_name=uploaded_file.name[:255], rows=checked
    )


@transaction.atomic
def import_members(*, member_import: MemberImport, actor) -> int:
    """Create every member of a previewed list, or none if any row fails now."""
    member_import = MemberImport.objects.select_for_update().get(pk=member_import.pk)
    if member_import.status == MemberImport.Status.IMPORTED:
        raise ValidationError(_("This list has already been imported."))
    rows = [row["values"] for row in member_import.rows]
    lookups = load_lookups(actor, rows)
    checked = check_rows(rows, lookups)
    failing = [row for row in checked if row["errors"]]
    if failing:
        raise ValidationError(
            ngettext(
                "%(count)s row has errors; nothing was imported. Fix the file and "
                "upload it again.",
                "%(count)s rows have errors; nothing was imported. Fix the file and "
                "upload it again.",
                len(failing),
            )
            % {"count": len(failing)}
        )
    users = []
    for row in checked:
        values = row["values"]
        country = lookups.countries[_key(values["country"])]
        organisation = None
        if values["organisation"]:
            organisation, _created = Organisation.objects.get_or_create(
                name=values["organisation"].strip(),
                country=country,
                defaults={"sector": lookups.sectors[_key(values["sector"])]},
            )
        member = create_member(
            first_name=values["first_name"],
            last_name=values["last_name"],
            email=values["email"],
            country=country,
            sector=lookups.sectors[_key(values["sector"])],
            organisation=organisation,
            team=lookups.teams[_key(values["team"])],
            role=row["role"],
            preferred_language=values["language"].lower() or "en",
            actor=actor,
        )
        users.append(member.user)
    member_import.status = MemberImport.Status.IMPORTED
    member_import.imported_at = timezone.now()
    member_import.imported_count = len(users)
    member_import.save(update_fields=["status", "imported_at", "imported_count"])
    transaction.on_commit(lambda: _send_invitations(users, actor))
    return len(users)


def _send_invitations(users, actor) -> None:
    for user in users:
        try:
            send_invitation(user=user, actor=actor)
        except Exception:  # one failed e-mail must not stop the others
            logger.exception("Could not send the invitation to user %s.", user.pk)
