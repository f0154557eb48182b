"""The extraction core: bytes or text in, a Document with facts out."""

from __future__ import annotations

import re

from .analysis import Context, Sentence, analyse, dateline, main_province, story_year
from .clean import Cleaned, clean_html, clean_text
from .decode import Decoded, decode
from .facts.dedupe import drop_repeats
from .facts.events import commitment_facts, event_facts, person_facts
from .facts.figures import indicator_facts, ranking_facts, target_facts
from .facts.followups import complete_projects
from .facts.investment import investment_facts
from .language import detect_language
from .model import Document, Fact
from .text import fold_key, split_sentences

MAX_SENTENCES = 3000
_HTML = re.compile(r"\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE)
_TERMINAL = tuple(".!?。！？…")


def extract_document(
    raw: bytes | str, *, filename: str | None = None, source: str = ""
) -> Document:
    """Read one document (plain text or HTML, any common encoding) and extract its facts."""
    decoded = decode(raw)
    is_html = bool(filename and filename.lower().endswith((".html", ".htm")))
    is_html = is_html or bool(_HTML.match(decoded.text[:1000]))
    cleaned = clean_html(decoded.text) if is_html else clean_text(decoded.text)
    document = Document(
        source=source or filename or "", warnings=decoded.warnings + cleaned.warnings
    )
    sentences, document.text = _sentences(decoded, cleaned, is_html, document)
    document.language = detect_language(document.text)
    document.published = cleaned.published
    document.title = cleaned.title or _title(cleaned)
    if document.published is None:
        document.published = next(
            (d for _, d in (dateline(s[0]) for s in sentences[:3]) if d), None
        )
    year = story_year(document.published, document.text)
    published = document.published
    analysed = [
        analyse(s, a, b, ev, document.language, year, published) for s, a, b, ev in sentences
    ]
    context = Context(document.language, year, main_province(analysed), document.published)
    document.facts = _facts(analysed, context)
    if is_html:
        _keep_verbatim(document, decoded.raw)
    document.features = fingerprint(analysed, document.facts)
    return document


def _keep_verbatim(document: Document, page: str) -> None:
    """HTML: keep only facts whose evidence occurs in the page as written (white space folded);
    trafilatura may have decoded entities or dropped characters inside a sentence."""
    squashed = " ".join(page.split())
    kept = [f for f in document.facts if " ".join(f.evidence.split()) in squashed]
    if len(kept) < len(document.facts):
        document.warnings.append(
            f"{len(document.facts) - len(kept)} facts dropped: their sentence is not verbatim in "
            "the HTML source (entities or markup inside the sentence)"
        )
    document.facts = kept


def fingerprint(sentences: list[Sentence], facts: list[Fact]) -> frozenset[str]:
    """Figures (3 significant digits), years, places, countries and people of a document."""
    features: set[str] = set()
    for sentence in sentences:
        for quantity in sentence.quantities:
            in_date = any(d.start <= quantity.start < d.end for d in sentence.dates)
            if not in_date and (quantity.unit or quantity.value >= 10):
                features.add(f"n:{quantity.value:.3g}")
        features.update(f"y:{d.value[:4]}" for d in sentence.dates)
        features.update(f"p:{p.key}" for p in sentence._places or ())  # only those looked up
    features.update(f"h:{fold_key(str(f.fields['name']))}" for f in facts if f.kind == "person")
    return frozenset(features)


def _sentences(
    decoded: Decoded, cleaned: Cleaned, is_html: bool, document: Document
) -> tuple[list[tuple[str, int, int, str]], str]:
    """Sentences as (text, start, end in the cleaned text, evidence from the input)."""
    parts: list[str] = []
    out: list[tuple[str, int, int, str]] = []
    length = 0
    for block in cleaned.blocks:
        if parts:
            parts.append("\n\n")
            length += 2
        chunk = cleaned.work[block.start : block.end]
        for sentence in split_sentences(chunk, 0):
            work_start, work_end = block.start + sentence.start, block.start + sentence.end
            evidence = (
                sentence.text
                if is_html
                else decoded.raw[decoded.raw_offset(work_start) : decoded.raw_offset(work_end)]
            )
            out.append((sentence.text, length + sentence.start, length + sentence.end, evidence))
        parts.append(chunk)
        length += len(chunk)
        if len(out) > MAX_SENTENCES:
            document.warnings.append(f"only the first {MAX_SENTENCES} sentences were read")
            break
    return out, "".join(parts)


def _title(cleaned: Cleaned) -> str | None:
    if len(cleaned.blocks) < 2:
        return None
    first = cleaned.blocks[0]
    text = cleaned.work[first.start : first.end].strip()
    if text.endswith(_TERMINAL) or len(text) > 250 or len(text) < 8 or "\n" in text:
        return None
    return text


def _facts(sentences: list[Sentence], context: Context) -> list[Fact]:
    facts: list[Fact] = []
    seen_people: set[str] = set()
    for sentence in sentences:
        facts.extend(person_facts(sentence, context, seen_people))
        facts.extend(ranking_facts(sentence, context))
        if sentence.quantities or sentence.dates:
            facts.extend(target_facts(sentence, context))
            facts.extend(investment_facts(sentence, context))
            facts.extend(indicator_facts(sentence, context))
            facts.extend(event_facts(sentence, context))
        facts.extend(commitment_facts(sentence, context))
        context.before_previous, context.previous = context.previous, sentence
    complete_projects(facts, sentences)
    return drop_repeats(facts)
