"""How tests/golden/budget_lines_2023.csv was made (run by hand, never by the tests).

It reads the user's plain-text werkplan (../shared/seed/werkplan-kis-2023.txt), not
the pipeline, with its own simple patterns for the printed rows.  Page numbers
come from poppler's ``pdftotext`` of the bundled PDF, a different extractor from
the pipeline's.  Scope ids were assigned by reading the heading above each table
in the seed text; TABLE_SCOPES below lists them in document order.

    python tests/golden/build_golden.py ../shared/seed/werkplan-kis-2023.txt \
        source_pdfs/werkplan-kis-2023.pdf > tests/golden/budget_lines_2023.csv
"""

import csv
import re
import subprocess
import sys

# (scope id, heading above the table in the seed text), read by hand, in order.
TABLE_SCOPES = [
    ("onderdeel-a", "Totaal onderdeel A: Projecten en Impact, implementatie en netwerken"),
    ("onderdeel-a/projecten", "Totaal projecten onderdeel A"),
    ("onderdeel-a/impact", "Totaal Impact implementatie en netwerken van de negen programmalijnen"),
    ("onderdeel-b", "Onderdeel B. Portaalfunctie"),
    ("onderdeel-c", "Onderdeel C. Verbinding, signalering en netwerkontwikkeling"),
    ("onderdeel-d", "Onderdeel D. Communicatie"),
    ("onderdeel-e", "Onderdeel E. Programmaleiding en programmaontwikkeling"),
    ("programma/functieniveau", "De uitsplitsing van de uren en bedragen naar functieniveau is als volgt."),
    ("project-1.1", "Project 1.1: Een stevige identiteit ontwikkelen: Vaders mee aan het stuur"),
    ("project-1.2", "Project 1.2: Identity Project"),
    ("project-2.1", "Project 2.1 Borging van ontwikkelde toolkits en netwerkopbouw informele organisaties"),
    ("project-2.2", "Project 2.2 Platform Eer en Vrijheid"),
    ("project-2.3", "2.3 Overig project ‘Dubbele nationaliteit"),
    ("project-3.1", "Project 3.1 Verkennen informele netwerken"),
    ("project-3.2", "Project 3.2 Informeel moskeeonderwijs"),
    ("project-4.1/idee-1", "Idee 1: Benchmark anti-stagediscriminatiebeleid op mbo-scholen"),
    ("project-4.2", "Project 4.2 Mkb ondersteunen in gelijke kansen creëren in werving en selectie"),
    ("project-4.3", "Project 4.3 Versterken positie werknemers na intrede op de arbeidsmarkt (post-entry)"),
    ("project-4.4", "Project 4.4 HRM-opleidingen"),
    ("project-5.1",
     "Project 5.1 Monitor Arbeidstoeleiding en inburgering Statushouders en Gezinsmigranten in gemeenten"),
    ("project-5.2", "Project 5.2 Werken aan taalvaardigheid bij EU-arbeidsmigranten"),
    ("project-5.3", "Project 5.3 Verkenning particuliere opvang Oekraïense vluchtelingen"),
    ("project-6.1", "Project 6.1 Diversiteitsensitief werken in de jeugdhulp"),
    ("project-6.2", "Project 6.2 Pabo’s in de inclusieve samenleving"),
    ("project-7.1", "Project 7.1 Kennisontwikkeling- en implementatie ’Van ongewenste polarisatie naar verbinding’"),
    ("project-7.2", "Project 7.2 Afwegingskader polarisatie"),
    ("project-8.1", "Project 8.1 Publieke familiariteit in de (super)diverse wijk"),
    ("project-9.1", "Project 9.1 Effectieve aanpak discriminatie verminderen op lokaal niveau"),
    ("project-9.2", "Project 9.2 Online discriminatie aanpakken"),
    ("project-9.3", "Project 9.3 Institutioneel racisme"),
    ("project-10.1", "1. Kennisdossier Roma, Sinti en woonwagenbewoners"),
]

ORG = r"(Verwey-Jonker Instituut|Movisie)"
NUM = r"(€ ?)?([\d.]+)"
PATTERNS = [
    ("staff_costs", re.compile(rf"^Stafkosten {ORG}\s+{NUM}\s+{NUM}\s+{NUM}$")),
    ("overhead", re.compile(rf"^Overhead {ORG}\s+{NUM}\s+{NUM}\s+{NUM}$")),
    ("org_total", re.compile(rf"^Totaal {ORG}\s+{NUM}$")),
    ("external", re.compile(rf"^(Externe projectkosten / inhuur)\s+{NUM}$")),
    ("table_total", re.compile(rf"^(Totaal(?: Project)?)\s+{NUM}$")),
    ("staff", re.compile(rf"^{ORG} (.+?)\s+{NUM}\s+{NUM}\s+{NUM}$")),
]

FIELDS = ["table_id", "row_index", "row_kind", "organisation_raw", "role_raw",
          "rate_raw", "hours_raw", "amount_raw", "rate", "hours", "amount", "page"]


def number(raw):
    return int(raw.replace("€", "").replace(".", "").strip())


def seed_tables(seed_path):
    tables, current = [], None
    for raw_line in open(seed_path, encoding="utf-8"):
        line = re.sub(r"\s+", " ", raw_line).strip()
        if line.startswith("Organisatie Onderzoeker"):
            if current is None:
                current = []
                tables.append(current)
            continue
        if current is None or not line:
            continue
        for kind, pattern in PATTERNS:
            m = pattern.match(line)
            if m:
                current.append((kind, m.groups(), line))
                if kind == "table_total":
                    current = None
                break
    return tables


def pdf_pages(pdf_path):
    text = subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True, text=True).stdout
    return [re.sub(r"[ \t]+", " ", page) for page in text.split("\f")]


def main(seed_path, pdf_path):
    tables = seed_tables(seed_path)
    assert len(tables) == len(TABLE_SCOPES), (len(tables), len(TABLE_SCOPES))
    pages = pdf_pages(pdf_path)
    writer = csv.DictWriter(sys.stdout, FIELDS, lineterminator="\n")
    writer.writeheader()
    searched_from = 0
    for (table_id, heading), rows in zip(TABLE_SCOPES, tables, strict=False):
        page = next(i for i in range(searched_from, len(pages)) if heading in pages[i].replace("\n", " ")
                    or heading.split(" ", 2)[-1] in pages[i])
        last_row = rows[-1][2]
        page = next(i for i in range(page, len(pages)) if last_row in pages[i])
        searched_from = page
        for index, (kind, groups, _) in enumerate(rows):
            record = dict(table_id=table_id, row_index=index, row_kind=kind, page=page + 1,
                          organisation_raw="", role_raw="", rate_raw="", hours_raw="", amount_raw="")
            if kind == "staff":
                record.update(organisation_raw=groups[0], role_raw=groups[1])
                values = groups[2:]
            elif kind in ("staff_costs", "overhead", "org_total"):
                record.update(organisation_raw=groups[0])
                values = groups[1:]
            else:
                values = groups[1:]
            printed = ["".join(v for v in values[i:i + 2] if v) for i in range(0, len(values), 2)]
            names = ["rate_raw", "hours_raw", "amount_raw"][-len(printed):]
            for name, raw in zip(names, printed, strict=False):
                record[name] = raw
                record[name[:-4]] = number(raw)
            writer.writerow(record)


if __name__ == "__main__":
    main(*sys.argv[1:3])
