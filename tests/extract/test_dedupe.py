from greenlane.extract import extract_document, find_duplicates, merge_facts

from .helpers import CORPUS


def load(name: str):
    return extract_document((CORPUS / name).read_bytes(), source=name)


def test_a_translation_is_the_same_story():
    english, vietnamese = load("en_002.txt"), load("vi_003.txt")
    assert find_duplicates([english, vietnamese]) == {"vi_003.txt": "en_002.txt"}


def test_two_outlets_telling_the_same_story_are_one_story():
    first, second = load("vi_001.txt"), load("vi_009.txt")
    find_duplicates([first, second])
    assert second.duplicate_of == "vi_001.txt"


def test_different_stories_about_the_same_province_are_not_duplicates():
    assert find_duplicates([load("vi_001.txt"), load("vi_012.txt"), load("vi_005.txt")]) == {}


def test_merged_facts_keep_every_source():
    docs = [load("en_002.txt"), load("vi_003.txt")]
    find_duplicates(docs)
    merged = merge_facts(docs)
    shared = [m for m in merged if len({s[0] for s in m.sources}) == 2]
    assert shared, "the figures both versions give should merge"
    assert all(m.as_json()["sources"] for m in merged)
