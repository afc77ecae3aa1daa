"""Dutch-formatted numbers as printed in a werkplan: ``1.234.567``, ``€ 12.345``, ``27.500,-``, ``12.852,50``.

A value is exact: an ``int`` when it is whole (``27.500,-`` and ``27.500,00`` included), a
``Decimal`` with the printed cents otherwise (``114,50`` → ``Decimal("114.50")``).  Sums and
products of such values stay exact in Python (int and Decimal mix without rounding), and a
document in whole euros gives the same ints as before cents were read.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pandas as pd

# A dot groups thousands; a comma starts the fraction: ",-", ",—", ",00" (whole) or cents ",50".  A comma
# before three digits is no fraction (cents have two): it groups thousands too, printed the English way or
# a dot OCR read as a comma ("9,492").
_INTEGER = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$|^\d+$")
_SPACED = re.compile(r"^\d{1,3}(?: \d{3})+$")
# A bare comma at the end is a whole amount whose dash was lost (OCR: "27.500," for "27.500,-").
_WHOLE_FRACTION = re.compile(r",(?:-+|—|–|0{1,2})?$")
_FRACTION = re.compile(r",(\d{1,2})$")
# A colon or semicolon after the last digit is a speck OCR read as a mark ("2437:", a scan's
# overhead amount): no Dutch amount ends in one, and a value column holds nothing else.
_SPECK = re.compile(r"(?<=\d)[:;]$")
_CURRENCY = "€"
_ZERO_MARKS = {"-", "—", "–"}
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


Amount = int | Decimal


class AmountError(ValueError):
    """A printed value that is not a Dutch-formatted number of euros or hours."""


def parse_amount(raw: str) -> Amount:
    """Parse a printed Dutch amount, rate or hour count into its exact value.

    Accepts ``1.234.567``, ``1350``, ``€ 12.345``, ``€12.345``, ``27.500,-``, ``27.500,00``,
    ``27.500,`` (its dash lost), ``1 234 567``, ``9,492`` (a comma before three digits groups
    thousands), ``2437:`` (a speck OCR read as a mark), a lone dash (zero) and cents (``12.852,50``,
    ``€ 114,5``): an int when whole, else a Decimal of the printed digits.
    """
    text = raw.translate(_SPACES).strip()
    if text.startswith(_CURRENCY):
        text = text[1:].strip()
    if text in _ZERO_MARKS:
        return 0
    text = _WHOLE_FRACTION.sub("", _SPECK.sub("", text))
    cents = _FRACTION.search(text)
    if cents:
        text = text[:cents.start()]
    if _SPACED.match(text):
        text = text.replace(" ", "")
    if not _INTEGER.match(text):
        raise AmountError(f"not a Dutch-formatted number: {raw!r}")
    whole = int(text.replace(".", "").replace(",", ""))
    return Decimal(f"{whole}.{cents.group(1)}") if cents else whole


def exact(value) -> Amount:
    """A parsed number from anywhere (int, Decimal, a numpy integer, a database's Decimal("12852.00"))
    as :func:`parse_amount` gives it: an int when whole, else a Decimal."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value
    return int(value)


def dutch(value: Amount) -> str:
    """A value printed the Dutch way: 1.234.567, or with its cents 12.852,50."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
    return text.translate(str.maketrans(",.", ".,"))


def is_amount(raw: str) -> bool:
    """True when ``raw`` parses with :func:`parse_amount`."""
    try:
        parse_amount(raw)
    except AmountError:
        return False
    return True


def exact_column(values) -> pd.api.extensions.ExtensionArray:
    """Exact numbers (ints, Decimals, their printed digits "114.50", missing values): Int64 when every
    value is whole, as in a document in whole euros; else Python ints and Decimals, never floats."""
    numbers = [None if value is None or pd.isna(value) else exact(Decimal(value) if isinstance(value, str) else value)
               for value in values]
    if all(not isinstance(number, Decimal) for number in numbers):
        return pd.array(numbers, dtype="Int64")
    return pd.array(numbers, dtype=object)
