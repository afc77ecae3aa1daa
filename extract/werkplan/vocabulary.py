"""Every word the werkplan layer looks for, in one place.

The werkplan's words change from year to year and from editor to editor: a budget column headed
"Kosten" one year is "Bedrag" the next, a plan may be numbered "Project 4.1" or "4.1".  Each word is
written here once, and each can be changed at exactly one key of the settings tree (``werkplan run
--settings``):

===========================  =============================  ==============================================
what                         class                          settings key
===========================  =============================  ==============================================
heading numbering and names  :class:`HeadingWords`          ``heading_words``
budget column headers        :class:`HeaderWords`           ``budget.columns``
budget row kinds             :class:`RowKeywords`           ``budget.row_kinds``
overview header words        :data:`OVERVIEW_MARKER` ...    ``overview.marker``, ``.total_words``, ...
month names                  :data:`MONTHS`                 ``planning.months``
title page                   :class:`TitlePageWords`        ``title_page``
===========================  =============================  ==============================================

Patterns are regular expressions, matched case-insensitively unless a comment says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.pdf.headings import Numbering

from ..settings import Settings


@dataclass(frozen=True)
class HeadingWords(Settings):
    """How the werkplan numbers and names its headings; headings, scopes and sections all read these."""

    # The table of contents' own heading.
    toc_pattern: str = r"^(inhoud|inhoudsopgave)$"
    # The parts of the werkplan: "Onderdeel B: ..." opens one ...
    onderdeel_pattern: str = r"^onderdeel\s+([A-Z])\b"
    # ... and a budget heading naming one anywhere ("Begroting onderdeel B") budgets it.
    onderdeel_named_pattern: str = r"\bonderdeel\s+([A-Z])\b"
    bijlage_pattern: str = r"^bijlage\s+(\d+)\b"
    programmalijn_pattern: str = r"^programmalijn\s+(\d+)\b"
    # A heading that is a project by its word: "Project 4.1: ..."; projects' heading level is its level.
    project_pattern: str = r"^project\s+(\d+)\.(\d+)\b"
    # A heading that names a project by its number, with or without the word: "2.3 Overig project ...".
    project_number_pattern: str = r"^(?:project\s+)?(\d+)\.(\d+)\b[:.]?\s*(.*)$"
    # An unnumbered project group's item: "1. Kennisdossier ..." (numbered in the group).
    group_item_pattern: str = r"^(\d+)[.)]\s+(.*)$"
    # A project's sub-plan: "Idee 1: ...".
    subplan_pattern: str = r"^idee\s+(\d+)\b"
    # A line that is a project's numbered subsection whatever its style: "1. Vraagstuk" (case-sensitive:
    # the capital is part of the cue, so a numbered list item in lower case stays text; the dot may be a
    # comma, as OCR often reads it: "4, Doelgroep") ...
    project_section_pattern: str = r"^\d+[.,]\s*[A-Z][^.]{2,60}$"
    # ... and the number of a numbered heading once it is one (case-sensitive).
    section_number_pattern: str = r"^(\d+)[.,](?!\d)\s*(.*)$"
    # Heading words naming a segment of an onderdeel; a heading naming all of them (or none) is about the
    # onderdeel as a whole.
    segments: dict[str, str] = field(default_factory=lambda: {"projecten": r"\bprojecten\b",
                                                               "impact": r"\bimpact\b"})
    # Heading words of the programme-wide breakdown by function level.
    function_level_pattern: str = r"functieniveau"

    def numbering(self) -> Numbering:
        """The numbering the PDF layer's heading finder takes as a cue and a level."""
        return Numbering(chapter=self.programmalijn_pattern, unit=self.project_pattern,
                         sub_unit=self.subplan_pattern, unit_section=self.project_section_pattern,
                         others=(self.onderdeel_pattern,))


@dataclass(frozen=True)
class HeaderWords(Settings):
    """Header words that name each budget column (lower case, matched as word prefixes).

    The numeric columns may stand in any order ("Uren | Tarief (€) | Kosten (€)"): each
    value goes to the column whose header it stands under, never to a position assumed.
    """

    organisation: tuple[str, ...] = ("organisatie",)
    role: tuple[str, ...] = ("onderzoeker", "functie", "rol")
    rate: tuple[str, ...] = ("uurtarief", "tarief")
    hours: tuple[str, ...] = ("aantal", "uren")
    amount: tuple[str, ...] = ("bedrag", "kosten", "totaal")


@dataclass(frozen=True)
class RowKeywords(Settings):
    """First words of a budget row's label that mark its kind; any other row with values is a staff line."""

    staff_costs: tuple[str, ...] = ("stafkosten",)
    overhead: tuple[str, ...] = ("overhead",)
    external: tuple[str, ...] = ("externe", "extern")
    total: tuple[str, ...] = ("totaal", "subtotaal")

    def begins_row(self, text: str) -> bool:
        """``text`` starts with a kind's first word: a label that does is a row of its own."""
        return text.lower().startswith((*self.staff_costs, *self.overhead, *self.external, *self.total))


# The overview table: a header word that marks it, first words of a total row's label and of the total
# column's header, first word of the external costs column's header.
OVERVIEW_MARKER = "programmaonderdeel"
OVERVIEW_TOTAL_WORDS = ("totaal",)
OVERVIEW_EXTERNAL_WORDS = ("extern",)

# Month names as printed in a planning table's header (lower case, trailing dot ignored) → month number.
MONTHS = {
    "jan": 1, "feb": 2, "mrt": 3, "maart": 3, "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6,
    "jul": 7, "juli": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}


@dataclass(frozen=True)
class TitlePageWords(Settings):
    """The words of the title page."""

    # The title names the document and its year: "Werkplan 2023".
    title_word: str = "werkplan"
    year_pattern: str = r"\b(20\d\d)\b"
    # "Financier: directie ..." → the funder, after the colon.
    funder_pattern: str = r"^financier\b"
    # "Utrecht, november 2022" → place and date (two groups).
    place_date_pattern: str = r"^([^\W\d][\w\s-]*),\s*(.*\d{4})$"
    # A line joining names with this word lists the organisations; the first other line is the platform.
    organisations_joiner: str = " en "
