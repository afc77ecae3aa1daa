from decimal import Decimal

import pytest

from extract.werkplan.numbers import AmountError, is_amount, parse_amount


@pytest.mark.parametrize(
    "raw, value",
    [
        ("1.213.178", 1213178),  # Onderdeel A total
        ("1350", 1350),  # Movisie stafkosten hours, Onderdeel B, printed without a dot
        ("€ 240.765", 240765),  # Onderdeel C total
        ("€240.765", 240765),
        ("27.500,-", 27500),  # portaal project budget in the text of Onderdeel B
        ("€ 25.000,-", 25000),
        ("27.500,00", 27500),
        ("1 213 178", 1213178),
        ("1\u00a0213\u00a0178", 1213178),
        ("40", 40),
        ("9,492", 9492),  # a dot OCR read as a comma (the scanned Begroting: Stafkosten Movisie); cents have two digits
        ("1.213,178", 1213178),
        ("4,000", 4000),  # project 3.1's 4.000 as OCR read it: three zeros are no cents
        ("-", 0),
        ("0", 0),
        ("12.852,00", 12852),
        ("€ 114,00", 114),
        ("27.500,", 27500),  # its dash lost
        ("124,", 124),  # project 1.1's Stafkosten Movisie hours (121) as a 300-dpi scan's OCR read them
        ("2437:", 2437),  # Onderdeel C's Overhead Verwey-Jonker Instituut (21.137) as a noisy 200-dpi scan read it
        ("21.137;", 21137),
    ],
)
def test_parse_amount_reads_dutch_spellings(raw, value):
    assert parse_amount(raw) == value
    assert type(parse_amount(raw)) is int  # whole amounts stay ints, however printed


@pytest.mark.parametrize(
    "raw, value",
    [("12,50", Decimal("12.50")), ("€ 114,05", Decimal("114.05")), ("1.213.178,5", Decimal("1213178.5")),
     ("1 213 178,99", Decimal("1213178.99"))],
)
def test_parse_amount_keeps_printed_cents_exactly(raw, value):
    parsed = parse_amount(raw)
    assert isinstance(parsed, Decimal) and parsed == value and str(parsed) == str(value)
    assert parsed * 3 == value * 3 and parsed + 1 == value + 1  # exact arithmetic, no float


@pytest.mark.parametrize("raw", ["1.2345", "12.34", "abc", "", "€", "2023a", "12,3456", "1.213.178,,", ",5", ":",
                                 "12::", "€:"])
def test_parse_amount_refuses_what_is_not_a_dutch_number(raw):
    with pytest.raises(AmountError, match="not a Dutch-formatted number"):
        parse_amount(raw)
    assert not is_amount(raw)
