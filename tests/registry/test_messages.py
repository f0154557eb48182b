"""The importer's, the backup's and the provinces' words reach translators: every message is
one gettext call with named placeholders (makemessages extracts it whole), never an f-string or
a sentence glued from pieces."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from django.utils import translation

from greenlane.places.models import Province
from greenlane.registry import importer

ROOT = Path(__file__).resolve().parents[2] / "greenlane"
IMPORTER = [f"registry/importer/{m}.py" for m in ("__init__", "base", "read", "validate", "values")]
MODULES = [*IMPORTER, "core/backup.py", "places/models.py"]
REFUSALS = {"FileRejected", "BackupError", "RowsRejected"}


def messages(module: str) -> set[str]:
    found: set[str] = set()
    for _line, message, _comments, _context in extract_from_file("python", ROOT / module):
        found.update(message if isinstance(message, tuple) else (message,))
    return found


def untranslated_texts(module: str) -> list[str]:
    """Refusals raised with a literal or f-string, and row errors appended as one."""
    problems = []
    for node in ast.walk(ast.parse((ROOT / module).read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        text = node.args[0]
        literal = isinstance(text, ast.JoinedStr) or (
            isinstance(text, ast.Constant) and isinstance(text.value, str)
        )
        if name in REFUSALS | {"append"} and literal:
            problems.append(f"{module}:{node.lineno}")
    return problems


@pytest.mark.parametrize("module", MODULES)
def test_no_message_is_an_f_string_or_an_untranslated_literal(module: str) -> None:
    assert untranslated_texts(module) == []


@pytest.mark.parametrize(("module", "message"), [
    ("registry/importer/__init__.py", "%(file)s is empty."),
    ("registry/importer/validate.py", "%(column)s '%(value)s' is not a number"),
    ("registry/importer/__init__.py", "%(rows)s rows read: %(accepted)s accepted, %(rejected)s rejected."),
    ("registry/importer/__init__.py",
     "row %(row)s: project '%(name)s' in %(province)s; new organisations: %(new)s"),
    ("core/backup.py", "The backup holds an unsafe file name: %(file)s"),
    ("core/backup.py", "The database already holds %(count)s records. Restore onto an empty "
                       "database, or use --force to replace everything in it."),
    ("places/models.py", "%(name)s (before 2025)"),
])
def test_whole_messages_with_named_placeholders_are_extracted(module: str, message: str) -> None:
    assert message in messages(module)


def test_a_former_province_is_named_by_one_translatable_phrase(db) -> None:
    bac_giang = Province.objects.get(code="F24")
    with translation.override("en"):
        assert str(bac_giang) == "Bắc Giang (before 2025)"


def test_a_report_line_is_one_message_whatever_the_number_of_new_organisations(db) -> None:
    data = "name,province,investors\nA,Hà Nội,Alpha Co; Beta Co\nB,Hà Nội,\n".encode()
    with translation.override("en"):
        text = importer.report(importer.parse(data, "p.csv"))
    assert "row 2: project 'A' in Hà Nội; new organisations: Alpha Co, Beta Co" in text
    assert "row 3: project 'B' in Hà Nội" in text.splitlines()
    assert text.startswith("2 rows read: 2 accepted, 0 rejected.")
