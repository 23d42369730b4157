"""The UI catalogs: compiled without GNU gettext; Serbian Latin follows Cyrillic.

`make install` compiles every `locale/*/LC_MESSAGES/*.po` with polib, so a machine with
only Python and Node can serve the translated UI. The Serbian Latin catalog is not
translated by hand: it is transliterated from the Cyrillic one, so both say the same.
"""

from pathlib import Path

import polib

CYRILLIC_TO_LATIN = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž",
    "З": "Z", "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N",
    "Њ": "Nj", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "Ć", "У": "U",
    "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
}  # fmt: skip
CYRILLIC_TO_LATIN |= {
    cyrillic.lower(): latin.lower() for cyrillic, latin in CYRILLIC_TO_LATIN.items()
}
# Љ, Њ and Џ are two Latin letters: in an all-capital word both are capitals.
DIGRAPHS = {"Lj": "LJ", "Nj": "NJ", "Dž": "DŽ"}


def transliterate_serbian(text: str) -> str:
    """Return Serbian Cyrillic text in Serbian Latin script; other text is unchanged."""
    result = []
    for index, char in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(char, char)
        if latin in DIGRAPHS and _in_capitals(text, index):
            latin = DIGRAPHS[latin]
        result.append(latin)
    return "".join(result)


def _in_capitals(text: str, index: int) -> bool:
    neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
    letters = [char for char in neighbours if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def serbian_latin_catalog(cyrillic: polib.POFile) -> polib.POFile:
    """Return the sr-latn catalog transliterated from the sr (Cyrillic) catalog."""
    latin = polib.POFile(wrapwidth=cyrillic.wrapwidth)
    latin.metadata = dict(cyrillic.metadata, Language="sr_Latn")
    latin.header = "Serbian (Latin) UI catalog, generated from sr by transliteration."
    for entry in cyrillic:
        if entry.obsolete:
            continue
        latin.append(
            polib.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgstr=transliterate_serbian(entry.msgstr),
                msgstr_plural={
                    form: transliterate_serbian(text)
                    for form, text in entry.msgstr_plural.items()
                },
                flags=list(entry.flags),
                occurrences=entry.occurrences,
            )
        )
    return latin


def compile_catalogs(locale_dir: Path) -> list[Path]:
    """Compile each .po under `locale_dir` to a .mo beside it; return the .mo paths."""
    compiled = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        compiled.append(mo_path)
    return compiled
