"""The title page: whether the first page is one, its title, the year the title names, and the fields on it.

The title is the line naming the document and its year ("Werkplan 2023"), in whatever style it is set: a
typesetting may set its title larger than every chapter, smaller (Word's Title style beside large chapter
headings) or in no heading style at all.
"""

from __future__ import annotations

import re

from extract.pdf.headings import Heading
from extract.pdf.model import Document, InputError, Line

from ..settings import resolve
from .vocabulary import TitlePageWords


def title_year(text: str, words: TitlePageWords) -> int | None:
    """The year a title names ("Werkplan 2023" → 2023); None when the text is no title of the document."""
    match = re.search(words.year_pattern, text)
    return int(match.group(1)) if match and words.title_word in text.lower() else None


def _first_page_lines(document: Document) -> list[Line]:
    return list(document.pages[0].lines) if document.pages else []


def find_title_page(document: Document, headings: list[Heading],
                    words: TitlePageWords | dict | None = None) -> tuple[str | None, list[Heading]]:
    """(the title, the headings on the title page), or (None, []) when the first page is no title page.

    The first page is the title page when a line on it names the document and its year, or when it holds
    the document's largest heading.  The title is the heading that names the document (a title wrapped over
    two lines is one heading), else the largest line naming it, else that largest heading.
    """
    words = resolve(TitlePageWords, words)
    if not document.pages:
        return None, []
    first = document.pages[0].number
    on_first = [h for h in headings if h.page == first]
    named = [h for h in sorted(on_first, key=lambda h: -h.size) if title_year(h.text, words)]
    if named:
        return named[0].text, on_first
    lines = [ln for ln in sorted(_first_page_lines(document), key=lambda ln: -ln.size) if title_year(ln.text, words)]
    if lines:
        return lines[0].text.strip(), on_first
    largest = max(headings, key=lambda h: h.size, default=None)
    if largest is not None and largest.page == first:
        return largest.text, on_first
    return None, []


def werkplan_year(document: Document, headings: list[Heading], words: TitlePageWords | dict | None = None) -> int:
    """The plan year: the year the title names, else the metadata title's."""
    words = resolve(TitlePageWords, words)
    title, _ = find_title_page(document, headings, words)
    for text in (title or "", document.metadata.get("Title", "")):
        if year := title_year(text, words):
            return year
    raise InputError(f"{document.path}: not a werkplan (no title 'Werkplan <year>' found)")


def title_page_fields(title: str, lines: list[Line], words: TitlePageWords | dict | None = None) -> dict:
    """Title, platform, organisations, funder, place and date as printed on the title page's ``lines``."""
    words = resolve(TitlePageWords, words)
    fields = {"title": title}
    for line in lines:
        text = line.text.strip()
        if text == title:
            continue
        if re.match(words.funder_pattern, text, re.I):
            fields["funder"] = text.split(":", 1)[-1].strip()
        elif m := re.match(words.place_date_pattern, text):
            fields["place"], fields["date"] = m.group(1), m.group(2)
        elif words.organisations_joiner in text and "organisations" not in fields:
            fields["organisations"] = text
        elif "platform" not in fields:
            fields["platform"] = text
    return fields
