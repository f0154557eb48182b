"""Greenlane's extraction core: plain Python, no Django. Text in, facts with evidence out.

from greenlane.extract import extract_document, find_duplicates, merge_facts
"""

from .dedupe import MergedFact, find_duplicates, merge_facts
from .model import Document, Fact, Money, Period
from .pipeline import extract_document

__all__ = [
    "Document",
    "Fact",
    "MergedFact",
    "Money",
    "Period",
    "extract_document",
    "find_duplicates",
    "merge_facts",
]
