"""The speed-ups keep every match: the first-character look-ahead (fastre) and the ranking and
date pre-checks give the same results as the plain patterns on the test corpora."""

from __future__ import annotations

import glob
import random
import re
import unicodedata
from pathlib import Path

from greenlane.extract import dates, decode, gazetteer, language, numbers, orgs, people
from greenlane.extract.facts import figures
from greenlane.extract.fastre import first_chars, literal_trie, presence, with_first_char
from greenlane.extract.text import fold

ROOT = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    lines: list[str] = []
    for pattern in ("tests/corpus/extract/*.txt", "tests/corpus/heldout/*.txt"):
        for path in sorted(glob.glob(str(ROOT / pattern))):
            text = Path(path).read_text(encoding="utf-8")
            lines += [s for s in re.split(r"(?<=[.!?。])\s*|\n", text) if s.strip()]
    lines += ["ſtands 3RD LARGEST", "Đứng THỨ 2", "KELVIN 5 K", "İstanbul 2024", "ı", ""]
    return lines


def _same(pattern: re.Pattern[str], lines: list[str]) -> None:
    source = re.sub(r"^\(\?=\[.*?\]\)\(\?:(.*)\)$", r"\1", pattern.pattern, flags=re.S)
    plain = re.compile(source, pattern.flags)
    for line in lines:
        for text in (line, fold(line)):
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert got == want, (pattern.pattern[:60], text)


def test_first_chars_of_alternatives() -> None:
    assert first_chars(r"(?<!x)(?:ab|\dc|(?:d)?e)") == r"[a\dde]"
    assert first_chars(r"a?") is None  # may be empty
    assert first_chars(r"[^a]b") is None  # not handled: no look-ahead
    assert with_first_char(r"x|y").pattern == r"(?=[xy])(?:x|y)"
    assert with_first_char(r"ngày").pattern == r"ngày"  # one literal: re is fast already


def test_patterns_match_as_before() -> None:
    lines = _lines()
    patterns = [figures._RANK, figures._RANK_NEEDS, numbers._QUALIFIER]
    patterns += numbers._FIGURE.values()
    patterns += [pattern for pattern, _, _ in dates._RULES]
    for pattern in patterns:
        _same(pattern, lines)


def test_rank_needs_is_necessary() -> None:
    for line in _lines():
        if figures._RANK.search(line):
            assert figures._RANK_NEEDS.search(line), line


def test_a_trie_matches_the_longest_word_like_a_sorted_alternation() -> None:
    words = ["chủ tịch", "phó chủ tịch", "phó", "ab", "abc", "a.b"]
    trie = re.compile(literal_trie(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for text in ["ông phó chủ tịch", "abcd", "a.b", "axb", "phó giám đốc", ""]:
        got, want = trie.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), text


def _presence_same(source: str, lines: list[str], flags: int = 0) -> None:
    fast, plain = presence(source, flags), re.compile(source, flags)
    for line in lines:
        for text in (line, fold(line)):
            assert bool(fast.search(text)) == bool(plain.search(text)), (source[:60], text)


def test_presence_patterns_answer_as_the_plain_patterns() -> None:
    lines = _lines()
    _presence_same(people._ROLE_HINT_SOURCE, lines)
    _presence_same(figures._RANK_HINT_SOURCE, lines)
    _presence_same(r"vice[- ]chairman|presidente?|\bled\b|\d(?:e|th)\b|a|b", ["x a", "zz"])
    _presence_same(r"Chủ tịch|giám đốc", ["CHỦ TỊCH tỉnh", "Giám Đốc", "x"], re.IGNORECASE)


def test_presence_on_random_text() -> None:
    rng = random.Random(5)
    alphabet = "abdeilnpt 0123-[]ệ位"
    sources = [people._ROLE_HINT_SOURCE, figures._RANK_HINT_SOURCE]
    words = [w for s in sources for w in s.split("|") if w.isalpha()][:40]
    lines = []
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        if rng.random() < 0.5:
            cut = rng.randint(0, len(text))
            word = rng.choice(words)
            text = text[:cut] + word[: rng.randint(1, len(word))] + text[cut:]
        lines.append(text)
    for source in sources:
        _presence_same(source, lines)


def test_org_gates_are_necessary() -> None:
    gates = [
        (orgs._EN_ORG, orgs._EN_ORG_NEEDS),
        (orgs._JA_ORG, orgs._JA_ORG_NEEDS),
        (orgs._INVESTOR, orgs._INVESTOR_NEEDS),
    ]
    extra = ["Sony Group Corporation", "Embassy of Japan", "Toyota Tsusho Co., Ltd", "キヤノン株式会社"]
    for line in _lines() + extra:
        for pattern, needs in gates:
            if pattern.search(line):
                assert needs.search(line), (pattern.pattern[:40], line)


def test_language_detection_shortcut_answers_as_the_full_count() -> None:
    def full(text: str) -> str:  # the function before the shortcut
        sample = text[:4000]
        if not sample.strip():
            return "und"
        letters = len(language._LETTER.findall(sample)) or 1
        kana, cjk = len(language._KANA.findall(sample)), len(language._CJK.findall(sample))
        if kana > 0.05 * letters or (kana and kana + cjk > 0.3 * letters):
            return "ja"
        if cjk > 0.3 * letters:
            return "zh"
        if len(language._VI_LETTERS.findall(sample)) > 0.03 * letters:
            return "vi"
        words = language._WORD.findall(language._strip(sample.lower()))
        scores = {lang: sum(w in stop for w in words) for lang, stop in language._STOP.items()}
        best = max(scores, key=lambda lang: scores[lang])
        return best if scores[best] >= 2 else "und"

    texts = ["Đầu tư " + "x " * n for n in (1, 10, 40, 200)] + ["..." * 50 + "ệ", "キヤノン", "中国"]
    texts += ["1234 5678 ệ", "Le Vietnam a attiré des investissements étrangers."]
    for text in texts:
        assert language.detect_language(text) == full(text), text


def _clusters_one_by_one(raw: str) -> list[str]:  # the loop _normalise ran before
    clusters, position = [], 0
    while position < len(raw):
        end = position + 1
        while end < len(raw) and unicodedata.combining(raw[end]):
            end += 1
        clusters.append(raw[position:end])
        position = end
    return clusters


def test_normalising_by_regex_cuts_the_same_clusters() -> None:
    rng = random.Random(3)
    alphabet = "ae\nơ \u0301\u0300\u0323\u0302\u031b\U0001d165x"
    for _ in range(2000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        decoded = decode.Decoded(raw, raw, "utf-8")
        decode._normalise(decoded)
        want = _clusters_one_by_one(raw)
        assert decoded.text == "".join(unicodedata.normalize("NFC", c) for c in want), raw
        starts = [0]
        for cluster in want:
            starts.append(starts[-1] + len(cluster))
        multi = [(a, a + len(c)) for a, c in zip(starts, want, strict=False) if len(c) > 1]
        assert decoded._raw_marks == [x for span in multi for x in span], raw


def _places_at_every_capital(sentence: str) -> list[tuple[str, str, int, int]]:
    """The gazetteer as it was: try every capital and lower-case demonym position."""
    folded = fold(sentence)
    starts = {m.start() for m in re.finditer(rf"(?<![\w])[{gazetteer._UPPER}]", sentence)}
    starts.update(m.start() for m in gazetteer._LOWER_RE.finditer(folded))
    found, after = [], 0
    for position in sorted(starts):
        first = gazetteer._TOKEN.match(folded, position, position + 60)
        if position < after or first is None or not gazetteer._FIRST.get(first.group(0), 0):
            continue
        mention = gazetteer._place_at(sentence, folded, position)
        if mention is not None:
            found.append(mention)
            after = mention.end
    return [(m.kind, m.key, m.start, m.end) for m in found]


def test_places_are_found_from_first_words_as_from_every_capital() -> None:
    rng = random.Random(11)
    lines = [*_lines(), "_Nhật Bản", "xNhật Bản", "Ấn Độ và japonais, Hàn Quốc", "US$ 5 Việt Nam"]
    names = ["Nhật Bản", "Bắc Ninh", "japonais", "Hàn Quốc", "Thái Lan", "U.S.", "Việt Nam"]
    for _ in range(2000):
        parts = [rng.choice([*names, "và", "x", "_", "Ông", "2024", "("]) for _ in range(6)]
        lines.append(rng.choice([" ", "", "-"]).join(parts))
    for line in lines:
        got = [(m.kind, m.key, m.start, m.end) for m in gazetteer._latin_places(line, fold(line))]
        assert got == _places_at_every_capital(line), line
