"""The UI catalogs: complete in every language, in step with the code, compiled."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import to_locale

from home.catalogs import serbian_latin_catalog, transliterate_serbian
from home.management.commands.update_catalogs import IGNORE

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
PLURAL_FORMS = {"bs": 3, "hr": 3, "sr": 3, "sr-latn": 3, "cnr": 3, "sq": 2, "mk": 2}
PLACEHOLDER = re.compile(
    r"%\([a-z_0-9]+\)[sdif]|%[sdif]|\{[a-z_0-9]*\}|</?[a-zA-Z][^>]*>|&[a-z]+;"
)


def catalog(code: str) -> polib.POFile:
    path = LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"There is no {code} catalog at {path}."
    return polib.pofile(str(path))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def catalog_problems(po: polib.POFile, plural_forms: int) -> list[str]:
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if len(forms) != plural_forms or not all(forms.values()):
                problems.append(f"plural forms missing: {entry.msgid!r}")
            sources = (placeholders(entry.msgid), placeholders(entry.msgid_plural))
            problems += [
                f"placeholders differ: {entry.msgid!r} -> {text!r}"
                for text in forms.values()
                if placeholders(text) not in sources
            ]
        elif not entry.msgstr:
            problems.append(f"untranslated: {entry.msgid!r}")
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            problems.append(f"placeholders differ: {entry.msgid!r} -> {entry.msgstr!r}")
    return problems


def test_the_check_finds_each_kind_of_problem():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Untranslated", msgstr=""))
    po.append(polib.POEntry(msgid="Unsure", msgstr="Nesigurno", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Hello %(name)s", msgstr="Zdravo %(ime)s"))
    po.append(
        polib.POEntry(
            msgid="%(count)s team",
            msgid_plural="%(count)s teams",
            msgstr_plural={0: "%(count)s tim", 1: "%(count)s tima"},
        )
    )
    problems = catalog_problems(po, plural_forms=3)
    assert [problem.split(":")[0] for problem in problems] == [
        "untranslated",
        "fuzzy",
        "placeholders differ",
        "plural forms missing",
    ]


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_is_complete_with_matching_placeholders(code):
    po = catalog(code)
    assert f"nplurals={PLURAL_FORMS[code]};" in po.metadata["Plural-Forms"]
    assert catalog_problems(po, PLURAL_FORMS[code]) == []


def test_serbian_latin_is_the_transliteration_of_serbian_cyrillic():
    generated = serbian_latin_catalog(catalog("sr"))
    stored = catalog("sr-latn")
    assert [(e.msgid, e.msgstr, e.msgstr_plural) for e in stored] == [
        (e.msgid, e.msgstr, e.msgstr_plural) for e in generated
    ], "Run `make catalogs` to regenerate the Serbian Latin catalog."


def test_transliteration_keeps_placeholders_and_writes_digraphs():
    assert transliterate_serbian("Члан %(name)s је жртва") == "Član %(name)s je žrtva"
    assert transliterate_serbian("Љиљана, Њиву, Џеп") == "Ljiljana, Njivu, Džep"
    assert transliterate_serbian("ЉУБЉАНА") == "LJUBLJANA"
    assert transliterate_serbian('<a href="/sr/">Ђак</a>') == '<a href="/sr/">Đak</a>'


@pytest.mark.skipif(
    not shutil.which("xgettext") and os.environ.get("CI") != "true",
    reason="needs GNU gettext (apt install gettext)",
)
def test_catalogs_hold_every_string_in_the_code(tmp_path, settings):
    # makemessages files strings under the nearest `locale` directory; run it from a
    # tree of links to the apps so the template lands in tmp_path, not the repo.
    source = tmp_path / "source"
    source.mkdir()
    root = Path(settings.BASE_DIR)
    for path in root.iterdir():
        if path.is_dir() and (path / "__init__.py").exists():
            (source / path.name).symlink_to(path)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    (tmp_path / "locale").mkdir()
    cwd = Path.cwd()
    os.chdir(source)
    try:
        call_command(
            "makemessages",
            locale=["xx"],
            ignore_patterns=IGNORE,
            symlinks=True,
            keep_pot=True,
            verbosity=0,
        )
    finally:
        os.chdir(cwd)
    wanted = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(tmp_path / "locale" / "django.pot"))
    }
    for code in TRANSLATED:
        have = {(e.msgctxt, e.msgid) for e in catalog(code) if not e.obsolete}
        missing = sorted(wanted - have, key=str)
        assert not missing, f"{code} lacks {len(missing)} strings, e.g. {missing[:3]}"
