"""Facts completed from the sentences that follow them: a project's area is often given a
sentence or two later ("The factory covers 44 hectares", "工場の敷地面積は44ヘクタール")."""

from __future__ import annotations

import bisect

from ..analysis import Sentence
from ..model import Fact
from .common import cue
from .projects import ANAPHOR as _ANAPHOR

LOOK_AHEAD = 2  # sentences after the project's own
_FACILITY = cue(
    r"factory|plant|project|site|facility|complex|nhà máy|dự án|khu|cơ sở|usine|projet|site"
    r"|complexe|installation|工場|プロジェクト|敷地|施設"
)


def complete_projects(facts: list[Fact], sentences: list[Sentence]) -> None:
    """Complete projects without an area from the sentences after them: "The factory will
    occupy 21 hectares" right after its project, or, for the document's one project without an
    area, a following sentence that speaks of a factory, plant or project."""
    if not sentences:
        return
    starts = [s.start for s in sentences]
    projects = [f for f in facts if f.kind == "project"]
    for project in projects:
        if project.fields.get("area_ha") is not None:
            continue
        index = bisect.bisect_right(starts, project.start) - 1
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        if after is not None and _ANAPHOR.match(after.text) and not _has_project(after, facts):
            areas = [q for q in after.quantities if q.unit == "ha"]
            if len(areas) == 1:
                project.fields["area_ha"] = areas[0].value
    open_projects = [f for f in projects if f.fields.get("area_ha") is None]
    if len(open_projects) == 1:
        _area_ahead(open_projects[0], facts, sentences, starts)


def _area_ahead(
    project: Fact, facts: list[Fact], sentences: list[Sentence], starts: list[int]
) -> None:
    index = bisect.bisect_right(starts, project.start) - 1
    for sentence in sentences[index + 1 : index + 1 + LOOK_AHEAD]:
        if _has_project(sentence, facts):
            return  # another project's sentence: what follows is about that one
        areas = [q for q in sentence.figures() if q.unit == "ha"]
        if len(areas) == 1 and _FACILITY.search(sentence.folded, 0, areas[0].start):
            project.fields["area_ha"] = areas[0].value
            return


def _has_project(sentence: Sentence, facts: list[Fact]) -> bool:
    return any(f.kind == "project" and sentence.start <= f.start < sentence.end for f in facts)
