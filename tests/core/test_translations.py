"""The translation catalogues are complete and sound, and the UI is Vietnamese by default."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from greenlane.core.i18n import LOCALE, compile_catalogues

TRANSLATED = ("vi", "ja", "fr")
NPLURALS = {"vi": 1, "ja": 1, "fr": 2}
# %(name)s, %s, %d ... and {name} / {0} (str.format); "%%" is a literal percent sign.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifeEgGxXor]|%[sdifr]|\{[\w.]*\}")


def _catalog(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def _messages(catalog: Catalog) -> list:  # type: ignore[type-arg]
    return [m for m in catalog if m.id]


def test_every_language_has_a_catalogue() -> None:
    for lang in (*TRANSLATED, "en"):
        assert (LOCALE / lang / "LC_MESSAGES" / "django.po").is_file(), lang


@pytest.mark.parametrize("lang", TRANSLATED)
def test_header(lang: str) -> None:
    catalog = _catalog(lang)
    assert not catalog.fuzzy, f"{lang}: the header is marked fuzzy"
    assert str(catalog.locale) == lang
    headers = dict(catalog.mime_headers)
    assert headers.get("Language") == lang
    assert f"nplurals={NPLURALS[lang]};" in headers.get("Plural-Forms", "")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_untranslated_or_fuzzy_entries(lang: str) -> None:
    catalog = _catalog(lang)
    messages = _messages(catalog)
    assert messages, f"{lang}: empty catalogue"
    fuzzy = [m.id for m in messages if m.fuzzy]
    untranslated = [
        m.id
        for m in messages
        if not (all(m.string) if isinstance(m.string, (tuple, list)) else m.string)
    ]
    assert not fuzzy, f"{lang}: fuzzy entries: {fuzzy}"
    assert not untranslated, f"{lang}: untranslated entries: {untranslated}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_plural_forms_count(lang: str) -> None:
    for message in _messages(_catalog(lang)):
        if message.pluralizable:
            assert len(message.string) == NPLURALS[lang], (lang, message.id)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_match(lang: str) -> None:
    problems = []
    for message in _messages(_catalog(lang)):
        if message.pluralizable:
            singular, plural = message.id
            allowed = set(_placeholders(singular)) | set(_placeholders(plural))
            for form in message.string:
                if not set(_placeholders(form)) <= allowed:
                    problems.append((message.id, form))
            # the form used for "many" must keep every placeholder of the plural msgid
            if set(_placeholders(message.string[-1])) != set(_placeholders(plural)):
                problems.append((message.id, message.string[-1]))
        elif _placeholders(message.id) != _placeholders(message.string):
            problems.append((message.id, message.string))
    assert not problems, f"{lang}: placeholders differ: {problems}"


@pytest.fixture
def fresh_catalogues(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    """Compile the .po files as they are now into a private locale folder and use it."""
    target = tmp_path / "locale"
    for po in LOCALE.glob("*/LC_MESSAGES/*.po"):
        destination = target / po.relative_to(LOCALE)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(po, destination)
    compile_catalogues(target)
    settings.LOCALE_PATHS = [target]
    return target


@pytest.mark.django_db
def test_home_page_is_vietnamese_by_default(fresh_catalogues: Path) -> None:
    from django.test import Client

    response = Client(HTTP_HOST="127.0.0.1").get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Thống kê" in html  # the "Statistics" menu entry, shown to everyone
    assert "Đăng nhập" in html  # "Log in"
    assert ">Statistics<" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "statistics", "log_in"),
    [
        ("ja", "統計", "ログイン"),
        ("fr", "Statistiques", "Se connecter"),
        ("en", "Statistics", "Log in"),
    ],
)
def test_home_page_follows_the_language_cookie(
    fresh_catalogues: Path, lang: str, statistics: str, log_in: str
) -> None:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.cookies["django_language"] = lang
    html = client.get("/").content.decode()
    assert f'<html lang="{lang}">' in html
    assert statistics in html
    assert log_in in html
