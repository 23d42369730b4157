from django import forms
from django.test.html import parse_html

from home.widgets import LongSelect

CHOICES = [("", "---------"), (1, "MIT Sarajevo"), (2, 'MIT "Bihać" & <Una>')]


def test_long_select_renders_the_same_markup_as_djangos_select():
    attrs = {"id": "id_team", "data-test": "x"}
    for value in (None, 2):
        fast = LongSelect(choices=CHOICES).render("team", value, attrs=attrs)
        slow = forms.Select(choices=CHOICES).render("team", value, attrs=attrs)
        assert parse_html(fast) == parse_html(slow)


def test_long_select_escapes_labels():
    html = LongSelect(choices=CHOICES).render("team", None)
    assert "&lt;Una&gt;" in html
    assert "<Una>" not in html
