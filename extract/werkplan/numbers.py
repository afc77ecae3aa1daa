"""Dutch-formatted numbers as printed in a werkplan: ``1.234.567``, ``€ 12.345``, ``27.500,-``."""

from __future__ import annotations

import re

# A dot groups thousands; a comma starts the (whole-euro) fraction: ",-", ",—", ",00".
_INTEGER = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
_SPACED = re.compile(r"^\d{1,3}(?: \d{3})+$")
_WHOLE_FRACTION = re.compile(r",(?:-+|—|–|0+)$")
_CURRENCY = "€"
_ZERO_MARKS = {"-", "—", "–"}
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


class AmountError(ValueError):
    """A printed value that is not a whole number of euros or hours."""


def parse_amount(raw: str) -> int:
    """Parse a printed Dutch amount, rate or hour count into an integer.

    Accepts ``1.234.567``, ``1350``, ``€ 12.345``, ``€12.345``, ``27.500,-``,
    ``27.500,00``, ``1 234 567`` and a lone dash (zero).  A fraction other than
    zero is refused, because the werkplan budgets in whole euros and hours.
    """
    text = raw.translate(_SPACES).strip()
    if text.startswith(_CURRENCY):
        text = text[1:].strip()
    if text in _ZERO_MARKS:
        return 0
    text = _WHOLE_FRACTION.sub("", text)
    if _SPACED.match(text):
        text = text.replace(" ", "")
    if not _INTEGER.match(text):
        raise AmountError(f"not a whole Dutch-formatted number: {raw!r}")
    return int(text.replace(".", ""))


def is_amount(raw: str) -> bool:
    """True when ``raw`` parses with :func:`parse_amount`."""
    try:
        parse_amount(raw)
    except AmountError:
        return False
    return True
