"""`extract --format jsonl PATH...`: one JSON line per input file, in input order."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .dedupe import find_duplicates
from .model import Document
from .pipeline import extract_document


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="greenlane extract",
        description="Extract facts with evidence from articles (plain text or HTML).",
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "json"),
        default="jsonl",
        help="jsonl: one line per file (the contract); json: indented, for humans",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    return parser


def read(path: str) -> Document:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return Document(source=path, error=f"cannot read {path}: {error.strerror or error}")
    try:
        return extract_document(data, filename=path, source=path)
    except Exception as error:  # the CLI must print a line for every file
        return Document(source=path, error=f"extraction failed: {type(error).__name__}: {error}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(argv) if argv is not None else None)
    documents = [read(path) for path in args.paths]
    find_duplicates(documents)
    for document in documents:
        data = document.as_json()
        if args.format == "json":
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 1 if any(document.error for document in documents) else 0


if __name__ == "__main__":
    raise SystemExit(main())
