"""Each language shows its own strings; Montenegrin falls back to Serbian Latin."""

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import to_locale

from home.catalogs import compile_catalogs

CYRILLIC = set("абвгдђежзијклљмнњопрстћуфхцчџшѓќѕ")


def sign_in_text(code: str) -> str:
    path = settings.LOCALE_PATHS[0] / to_locale(code) / "LC_MESSAGES/django.po"
    return polib.pofile(str(path)).find("Sign in").msgstr


@pytest.mark.parametrize(
    "code", [code for code, _name in settings.LANGUAGES if code != "en"]
)
def test_sign_in_page_is_in_the_language_of_its_url(client, code):
    response = client.get(f"/{code}/sign-in/")
    content = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{code}"' in content
    assert sign_in_text(code) in content


def test_serbian_is_cyrillic_and_serbian_latin_is_latin():
    assert set(sign_in_text("sr").lower()) & CYRILLIC
    assert not set(sign_in_text("sr-latn").lower()) & CYRILLIC


def write_catalog(directory, code, entries):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": code}
    for msgid, msgstr in entries.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    target = directory / code / "LC_MESSAGES"
    target.mkdir(parents=True)
    po.save(str(target / "django.po"))


def test_montenegrin_falls_back_to_serbian_latin_then_english(settings, tmp_path):
    write_catalog(tmp_path, "sr_Latn", {"Sign in": "Prijava", "Team": "Tim"})
    write_catalog(tmp_path, "cnr", {"Team": "Ekipa"})
    compile_catalogs(tmp_path)
    settings.LOCALE_PATHS = [tmp_path]

    with translation.override("cnr"):
        assert translation.gettext("Team") == "Ekipa"
        assert translation.gettext("Sign in") == "Prijava"
        assert translation.gettext("Not translated anywhere") == (
            "Not translated anywhere"
        )
    with translation.override("sr-latn"):
        django_required = translation.gettext("This field is required.")
    with translation.override("cnr"):
        assert translation.gettext("This field is required.") == django_required
    assert django_required != "This field is required."
