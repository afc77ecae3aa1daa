"""A small werkplan whose sums all hold, and ways to break it in one known place."""

from __future__ import annotations

from collections import Counter

from tests.werkplan_factory import budget_block, dutch, small_werkplan

OVERHEADS = {"Verwey-Jonker Instituut": (12, 23), "Movisie": (10, 22)}
RATES = {("Verwey-Jonker Instituut", "Senior onderzoeker"): 114, ("Verwey-Jonker Instituut", "Onderzoeker"): 79,
         ("Movisie", "Senior"): 95, ("Movisie", "Junior"): 67}


def table(hours: dict, external: int):
    """A budget table as {(organisation, role): hours} plus external costs."""
    return Counter(hours), external


def add(*tables):
    total, external = Counter(), 0
    for hours, ext in tables:
        total.update(hours)
        external += ext
    return total, external


def rows_of(spec, total_label="Totaal Project", rates=RATES, style="dots"):
    hours, external = spec
    blocks = []
    for org, (staff_rate, overhead_rate) in OVERHEADS.items():
        staff = [(role, rates[(o, role)], h) for (o, role), h in hours.items() if o == org and h]
        if staff:
            blocks.append((org, staff, staff_rate, overhead_rate))
    return budget_block(blocks, external, style, total_label=total_label)


def org_total(rows, org):
    return next(e.amount for e in rows.expected if e.row_kind == "org_total" and e.organisation == org)


P11 = table({("Verwey-Jonker Instituut", "Senior onderzoeker"): 40, ("Movisie", "Senior"): 30}, 1000)
P12 = table({("Verwey-Jonker Instituut", "Onderzoeker"): 25, ("Movisie", "Junior"): 50}, 500)
IMPACT = table({("Verwey-Jonker Instituut", "Senior onderzoeker"): 10, ("Movisie", "Senior"): 5}, 100)
B = table({("Verwey-Jonker Instituut", "Senior onderzoeker"): 20, ("Movisie", "Junior"): 15}, 2000)


def werkplan_blocks(mutate=None, rates=RATES, style="dots"):
    """Blocks of the consistent werkplan; ``mutate(tables)`` may change printed strings first.
    ``rates`` (by organisation and role) may have cents, printed in a cents ``style``."""
    projecten = add(P11, P12)
    whole_a = add(projecten, IMPACT)
    specs = {"onderdeel-a": whole_a, "onderdeel-a/projecten": projecten, "onderdeel-a/impact": IMPACT,
             "onderdeel-b": B, "programma/functieniveau": add(whole_a, B), "project-1.1": P11, "project-1.2": P12}
    tables = {key: rows_of(spec, rates=rates, style=style) for key, spec in specs.items()}
    values = []
    for letter, name, key in (("A", "Ontwikkeling van kennis", "onderdeel-a"), ("B", "Portaal", "onderdeel-b")):
        rows = tables[key]
        values.append((f"{letter} {name}", [org_total(rows, "Movisie"), org_total(rows, "Verwey-Jonker Instituut"),
                                            rows.expected[-2].amount, rows.expected[-1].amount]))
    values.append(("Totaal", [sum(row[i] for _, row in values) for i in range(4)]))
    overview = [[label] + [dutch(value, style) for value in row] for label, row in values]
    if mutate:
        mutate(tables, overview)
    begroting = [
        ("Totaal onderdeel A: Projecten en Impact", tables["onderdeel-a"]),
        ("Totaal projecten onderdeel A", tables["onderdeel-a/projecten"]),
        ("Totaal Impact implementatie en netwerken", tables["onderdeel-a/impact"]),
        ("Onderdeel B. Portaal", tables["onderdeel-b"]),
        ("Totaal overzichten begroting", None),
        ("De uitsplitsing naar functieniveau", tables["programma/functieniveau"]),
    ]
    projects = [(1, "Jongeren", [("1.1", "Vaders", tables["project-1.1"]), ("1.2", "Scholen", tables["project-1.2"])])]
    return small_werkplan(2030, projects, {"grid": True}, begroting=begroting, overview=overview)
