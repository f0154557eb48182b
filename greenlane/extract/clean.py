"""Cleaning: HTML to main text, web boilerplate out (captions, widgets, player timestamps, related
article teasers), and paragraphs ("blocks") that keep their offsets in the decoded text."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .dates import find_dates

MAX_LINE = 20_000


@dataclass(frozen=True)
class Block:
    start: int  # offset in the working text
    end: int


@dataclass
class Cleaned:
    work: str  # the text the blocks point into (decoded NFC text, or the HTML's main text)
    blocks: list[Block]
    published: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


_HEADER = re.compile(
    r"\s*(?:date|ngày đăng|ngày|published|publié le|publié|posted|cập nhật|mis à jour|"
    r"updated|公開日|掲載日|更新日)\s*[:：]?\s*",
    re.IGNORECASE,
)
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
_SENTENCE_DAY = re.compile(r"\s*ngày\s*$", re.IGNORECASE)  # "Ngày 10/6, ..." starts sentences
# "2025/6/3", "2025.06.03": year first, so day and month cannot be confused.
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")
# A clock time or a time zone on a date line: "15:42", "10h05", "5:12 pm", "(GMT+7)".
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\(?(?:GMT|UTC)\s*[+-]?\d*\)?"
# What may stand between "updated"/"publié" and the date: "le", "lúc 15:42 ngày", "on", "|".
_LEAD = re.compile(
    rf"(?:(?:le|on|at|lúc|vào|ngày|à|[,|·•–-]|{_CLOCK})(?:\s+|(?=\d)|$))*", re.IGNORECASE
)
# Clock times, time zones and separators of a date line, left out when counting its words.
_TIME_BITS = re.compile(rf"{_CLOCK}|[|·•]", re.IGNORECASE)
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?")
_CAPTION = re.compile(
    r"(?:chú thích ảnh|ảnh\s*:|ảnh minh h[ọo]ạ|\(ảnh|photo\s*:|\(photo|crédit|credit\s*:|"
    r"nguồn ảnh|image\s*:|illustration\s*:|写真|（写真|\(写真|画像)",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    r"\((?:ảnh|photo|nguồn ảnh|crédit photo|photo credit|写真)[^()]{0,120}\)\.?\s*$", re.IGNORECASE
)
_WIDGET = re.compile(
    r"(?:chia sẻ|share|partager|bình luận|comments?|commentaires?|in bài|print|imprimer|facebook|"
    r"twitter|zalo|linkedin|e-?mail|copy link|sao chép liên kết|lưu|save|like|thích|tweet|"
    r"theo dõi|follow|tags?|từ khóa|mots-clés|シェア|ツイート|コメント|印刷|source|nguồn)\b.{0,40}",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:[\w ]{0,20}[:：]\s*)?(?:https?://|www\.)\S+")
_RELATED = re.compile(
    r"(?:tin liên quan|bài liên quan|xem thêm|tin cùng chuyên mục|đọc thêm|tin khác|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|read more|related"
    r"(?: articles?| news| stories)?|see also|more on this|関連記事|関連ニュース|あわせて読みたい|"
    r"こちらもおすすめ)(?![\w])",
    re.IGNORECASE,
)
_TERMINAL = tuple('.!?:;。！？…"”»)）」')


def clean_text(work: str) -> Cleaned:
    """Plain text: drop boilerplate lines and group the rest into blocks."""
    cleaned = Cleaned(work, [])
    lines = _lines(work, cleaned)
    seen = 0
    for index, line in enumerate(lines):
        if seen >= 4 or cleaned.published:
            break
        if work[line[0] : line[1]].strip():
            seen += 1
            lines[index] = _read_header(work, line, cleaned)
    kept = _drop_boilerplate(work, lines)
    cleaned.blocks = _blocks(work, kept)
    return cleaned


def clean_html(html: str) -> Cleaned:
    """HTML: trafilatura's main text and metadata, then the plain-text cleaning."""
    import trafilatura  # imported lazily: it costs ~0.5 s and plain text does not need it

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = (getattr(result, "text", None) or "") if result is not None else ""
    cleaned = clean_text(text)
    if result is not None:
        cleaned.title = getattr(result, "title", None) or None
        date = getattr(result, "date", None)
        cleaned.published = cleaned.published or (date if date and _ISO.match(date) else None)
    if not text:
        cleaned.warnings.append("no main text found in the HTML page")
    return cleaned


def _lines(work: str, cleaned: Cleaned) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    position = 0
    for line in work.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if end - start > MAX_LINE:
            cleaned.warnings.append(
                f"a line of {end - start} characters was cut off at {MAX_LINE} characters"
            )
            end = start + MAX_LINE
        lines.append((start, end))
    return lines


def _read_header(work: str, line: tuple[int, int], cleaned: Cleaned) -> tuple[int, int]:
    start, end = line
    header = _HEADER.match(work, start, end)
    if header is None:
        return _read_byline(work, line, cleaned)
    head = work[header.end() : min(end, header.end() + 60)]
    lead = _LEAD.match(head)
    skip = lead.end() if lead else 0
    found = _full_date(head[skip:], at_start=True)
    if found is None:
        return line
    after = header.end() + skip + found[2]
    rest = _TIME_BITS.sub("", work[after:end]).strip()
    if _SENTENCE_DAY.match(header.group(0)) and len(rest) > 30:
        return line  # "Ngày 10/6/2026, đoàn sẽ làm việc ...": a sentence, not a date line
    cleaned.published = found[0]
    return after, end


def _full_date(text: str, *, at_start: bool) -> tuple[str, int, int] | None:
    """A full date (ISO, year first, or as people write it) and where it is in ``text``."""
    iso = (_ISO.match if at_start else _ISO.search)(text)
    if iso:
        return iso.group(0), iso.start(), iso.end()
    ymd = (_YMD.match if at_start else _YMD.search)(text)
    if ymd:
        year, month, day = (int(g) for g in ymd.groups())
        try:
            return datetime.date(year, month, day).isoformat(), ymd.start(), ymd.end()
        except ValueError:
            return None
    dates = [d for d in find_dates(text, None) if d.grain == "day" and len(d.value) == 10]
    if dates and (dates[0].start == 0 or not at_start):
        return dates[0].value, dates[0].start, dates[0].end
    return None


_WIDE = re.compile(r"[\u3040-\u9fff]")


def _read_byline(work: str, line: tuple[int, int], cleaned: Cleaned) -> tuple[int, int]:
    """A short line that is mostly a full date ("By Staff, April 5, 2025", "2025年1月15日"),
    not a sentence that happens to hold one ("…は2026年6月9日、大阪市内で…を開催した。")."""
    start, end = line
    text = work[start:end].strip()
    words = _TIME_BITS.sub(" ", text)
    if len(" ".join(words.split())) > 60 or len(words.split()) > 8:
        return line
    found = _full_date(text, at_start=False)
    if found is None:
        return line
    rest = _TIME_BITS.sub(" ", text[: found[1]] + " " + text[found[2] :]).strip(" ,|-–·()")
    if len(rest) > 30 or (_WIDE.search(rest) and len(rest) > 12):
        return line
    cleaned.published = found[0]
    return end, end


def _drop_boilerplate(work: str, lines: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    kept: list[tuple[int, int] | None] = []
    teaser = False
    for index, (start, end) in enumerate(lines):
        text = work[start:end].strip()
        if not text:
            kept.append(None)
            teaser = False if teaser and index > 0 and not kept[-2:-1] else teaser
            continue
        if _RELATED.match(text):
            if index >= len(lines) // 2:
                kept.extend([None] * (len(lines) - index))
                break
            teaser = True
            kept.append(None)
            continue
        if teaser and not text.endswith(_TERMINAL) and len(text) < 200:
            kept.append(None)
            continue
        teaser = False
        kept.append(None if _is_boilerplate(text) else (start, end))
    return kept


def _is_boilerplate(text: str) -> bool:
    if _TIMESTAMP.fullmatch(text) or _URL.fullmatch(text):
        return True
    if _CAPTION.match(text) or _CAPTION_END.search(text):
        return True
    return len(text) <= 60 and _WIDGET.fullmatch(text) is not None


def _blocks(work: str, kept: list[tuple[int, int] | None]) -> list[Block]:
    blocks: list[Block] = []
    previous: tuple[int, int] | None = None
    for line in kept:
        if line is None:
            previous = None
            continue
        start, end = line
        while start < end and work[start].isspace():
            start += 1
        while end > start and work[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if previous is not None and blocks and _continues(work, blocks[-1], start):
            blocks[-1] = Block(blocks[-1].start, end)
        else:
            blocks.append(Block(start, end))
        previous = line
    return blocks


def _continues(work: str, block: Block, start: int) -> bool:
    last = work[block.end - 1]
    return last not in _TERMINAL and work[start].islower()
