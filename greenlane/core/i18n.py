"""Compile the translation catalogues with babel (pure Python: no GNU gettext needed).

python -m greenlane.core.i18n compile
"""

from __future__ import annotations

import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogues(locale_dir: Path = LOCALE) -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=po_path.parts[-3])
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] != ["compile"]:
        print(__doc__)
        return 2
    for path in compile_catalogues():
        print(f"compiled {path.relative_to(LOCALE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
