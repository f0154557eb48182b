"""Facts completed from the sentences that follow them: a project's area is often given a
sentence or two later ("The factory covers 44 hectares", "工場の敷地面積は44ヘクタール")."""

from __future__ import annotations

import bisect

from ..analysis import Sentence
from ..model import Fact
from .common import cue

LOOK_AHEAD = 2  # sentences after the project's own
_FACILITY = cue(
    r"factory|plant|project|site|facility|complex|nhà máy|dự án|khu|cơ sở|usine|projet|site"
    r"|complexe|installation|工場|プロジェクト|敷地|施設"
)


def complete_projects(facts: list[Fact], sentences: list[Sentence]) -> None:
    """Give the document's one project without an area the area of a following sentence that
    speaks of a factory, plant or project and names exactly one area in hectares."""
    open_projects = [f for f in facts if f.kind == "project" and f.fields.get("area_ha") is None]
    if len(open_projects) != 1 or not sentences:
        return
    project = open_projects[0]
    index = bisect.bisect_right([s.start for s in sentences], project.start) - 1
    for sentence in sentences[index + 1 : index + 1 + LOOK_AHEAD]:
        if any(f.kind == "project" and sentence.start <= f.start < sentence.end for f in facts):
            return  # another project's sentence: what follows is about that one
        areas = [q for q in sentence.figures() if q.unit == "ha"]
        if len(areas) == 1 and _FACILITY.search(sentence.folded, 0, areas[0].start):
            project.fields["area_ha"] = areas[0].value
            return
