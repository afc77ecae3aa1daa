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
        ("-", 0),
        ("0", 0),
    ],
)
def test_parse_amount_reads_dutch_spellings(raw, value):
    assert parse_amount(raw) == value


@pytest.mark.parametrize("raw", ["12,50", "1.2345", "12.34", "abc", "", "€", "2023a", "1.213.178,5"])
def test_parse_amount_refuses_what_is_not_a_whole_number(raw):
    with pytest.raises(AmountError, match="not a whole"):
        parse_amount(raw)
    assert not is_amount(raw)
