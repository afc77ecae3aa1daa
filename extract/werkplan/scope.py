"""What a table is about, read from the headings above it.

Projects are recognised by their numbering ("Project 1.1", "2.3 Overig project",
"1. Kennisdossier" under an unnumbered group), onderdelen by their letter, and the
segments of an onderdeel by the words their headings use.  Nothing here knows the
2023 list of projects or pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.pdf.headings import Heading

from ..settings import Settings, resolve
from . import ids
from .vocabulary import HeadingWords


@dataclass(frozen=True)
class ScopeSettings(Settings):
    # Items of an unnumbered group ("Overige project") are numbered as programmalijn
    # <last programmalijn + this>, as the werkplan's own text does: 10.1, 10.2 after programmalijn 9.
    group_number_offset: int = 1
    # The scope id of the programme-wide breakdown by function level.
    function_level_scope: str = "programma/functieniveau"


@dataclass(frozen=True)
class Scope:
    """Which part of the werkplan a table budgets."""

    kind: str  # onderdeel | segment | programme | project | subplan | unknown
    id: str
    title: str
    heading: str
    onderdeel: str | None = None
    segment: str | None = None
    programmalijn: str | None = None
    project: str | None = None
    subplan: str | None = None


class ScopeResolver:
    """Answers "what is the scope at this point of the document?" from its headings."""

    def __init__(self, headings: list[Heading], settings: ScopeSettings | dict | None = None,
                 words: HeadingWords | dict | None = None):
        self.conf = resolve(ScopeSettings, settings)
        words = resolve(HeadingWords, words)
        self.headings = headings
        self._project = re.compile(words.project_number_pattern, re.I)
        self._group_item = re.compile(words.group_item_pattern)
        self._programmalijn = re.compile(words.programmalijn_pattern, re.I)
        self._onderdeel = re.compile(words.onderdeel_named_pattern, re.I)
        self._function_level = re.compile(words.function_level_pattern, re.I)
        self._segments = {name: re.compile(p, re.I) for name, p in words.segments.items()}
        first_project = next((h for h in headings if re.match(words.project_pattern, h.text, re.I)), None)
        self.project_level = first_project.level if first_project else None
        # Where the projects start: a heading of their level before the first one is none (a Begroting
        # subsection an OCR'd text sets at the projects' size).
        self.projects_start = (first_project.page, first_project.top) if first_project else None
        deeper = Counter(h.level for h in headings if self.project_level and h.level > self.project_level)
        self.subsection_level = deeper.most_common(1)[0][0] if deeper else None

    def stack_at(self, page: int, top: float) -> list[Heading]:
        """The chain of headings (outermost first) in force at a point of the document."""
        stack: list[Heading] = []
        for heading in self.headings:
            if (heading.page, heading.top) >= (page, top):
                break
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
        return stack

    def preceding(self, page: int, top: float) -> list[Heading]:
        return [h for h in self.headings if (h.page, h.top) < (page, top)]

    def scope_at(self, page: int, top: float) -> Scope:
        stack = self.stack_at(page, top)
        if not stack:
            return Scope(kind="unknown", id=ids.unknown_scope(), title="", heading="")
        if self.project_level is not None:
            for depth, heading in enumerate(stack):
                # An onderdeel's heading is none of the projects, whatever level its look gave it (an OCR'd
                # text has one font: its levels come from sizes tesseract estimated)
                if heading.level == self.project_level and not self._onderdeel.search(heading.text) \
                        and (heading.page, heading.top) >= self.projects_start:
                    return self._project_scope(stack, depth)
        return self._programme_scope(stack, self.preceding(page, top))

    def _programmalijn_number(self, heading: Heading) -> str | None:
        match = self._programmalijn.match(heading.text)
        return match.group(1) if match else None

    def _project_scope(self, stack: list[Heading], depth: int) -> Scope:
        heading = stack[depth]
        parent = stack[depth - 1] if depth else None
        programmalijn = self._programmalijn_number(parent) if parent else None
        match = self._project.match(heading.text)
        if match:
            number, title = f"{match.group(1)}.{match.group(2)}", match.group(3)
            programmalijn = programmalijn or match.group(1)
        else:
            # An item of an unnumbered group ("Overige project" / "1. Kennisdossier")
            # continues the programmalijn numbering, as the werkplan's own text does.
            item = self._group_item.match(heading.text)
            numbers = [
                int(n) for h in self.headings if (n := self._programmalijn_number(h)) is not None
            ]
            group = str(max(numbers, default=0) + self.conf.group_number_offset)
            index, title = (item.group(1), item.group(2)) if item else ("1", heading.text)
            number = f"{group}.{index}"
            programmalijn = None
        subplans = [
            h
            for h in stack[depth + 1 :]
            if self.subsection_level is None or h.level < self.subsection_level
        ]
        if subplans:
            sub = subplans[-1]
            sub_slug = ids.slug(sub.text.split(":")[0], keep=".")
            return Scope(
                kind="subplan",
                id=ids.subplan_scope(number, sub_slug),
                title=sub.text.split(":", 1)[-1].strip(),
                heading=sub.text,
                programmalijn=programmalijn,
                project=number,
                subplan=sub_slug,
            )
        return Scope(
            kind="project",
            id=ids.project_scope(number),
            title=title.strip(),
            heading=heading.text,
            programmalijn=programmalijn,
            project=number,
        )

    def _programme_scope(self, stack: list[Heading], preceding: list[Heading]) -> Scope:
        heading = stack[-1]
        if self._function_level.search(heading.text):
            return Scope(kind="programme", id=self.conf.function_level_scope, title=heading.text, heading=heading.text)
        letter = None
        section = stack[0]
        for candidate in reversed(preceding):
            match = self._onderdeel.search(candidate.text)
            if match:
                letter = match.group(1).upper()
                break
            if candidate is section:
                break
        if letter is None:
            return Scope(kind="unknown", id=ids.unknown_scope(heading.text), title=heading.text, heading=heading.text)
        named = [name for name, pattern in self._segments.items() if pattern.search(heading.text)]
        if len(named) == 1:
            return Scope(
                kind="segment",
                id=ids.segment_scope(letter, named[0]),
                title=heading.text,
                heading=heading.text,
                onderdeel=letter,
                segment=named[0],
            )
        return Scope(
            kind="onderdeel",
            id=ids.onderdeel_scope(letter),
            title=heading.text,
            heading=heading.text,
            onderdeel=letter,
        )
