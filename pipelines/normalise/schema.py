"""The one description of every dataset: fields, types, units, keys.

Everything else derives from it: the columns and dtypes of the DataFrames, the
Frictionless Data Package (``datapackage.json``), the JSON Schemas of the JSON
files and the database tables.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    # string | integer | number | boolean | decimal: an exact number (money, hours), whole or with
    # the cents printed; written as printed digits ("12852", "114.50"), never through a float
    type: str
    description: str
    unit: str | None = None  # EUR, hours, EUR/hour, pt (PDF points), page
    required: bool = False


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: str
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (field, dataset, field)
    tree: bool = False  # the JSON holds a nested tree instead of flat records
    per_document: bool = True  # False: one file for the whole output folder (the catalog)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _f(name, type_, description, unit=None, required=False):
    return Field(name, type_, description, unit, required)


def _id(name, description):
    return _f(name, "string", description, required=True)


DOC = _f("document_id", "string", "The werkplan: werkplan-<year>.", required=True)
PAGE = _f("page", "integer", "PDF page number (1-based) the value was read from.", "page")
BOX = tuple(_f(n, "number", f"{label} of the printed value's box, points from the top left corner of the page as "
                           "shown (its crop box, turned by /Rotate).", "pt")
            for n, label in (("x0", "Left"), ("top", "Top"), ("x1", "Right"), ("bottom", "Bottom")))

OCR_FIELDS = (
    _f("ocr", "boolean", "True when the text was read by OCR (a scan, or --ocr): see ocr_engine."),
    _f("ocr_engine", "string", "For OCR: the programs and their versions (ocrmypdf 14.0.1, tesseract 5.3.0)."),
)

DATASETS: dict[str, Dataset] = {d.name: d for d in [
    Dataset("document", "Document", "The source PDF and its title page.", (
        DOC,
        _f("source_file", "string", "File name of the source PDF.", required=True),
        _f("sha256", "string", "SHA-256 of the source PDF.", required=True),
        _f("page_count", "integer", "Pages in the PDF.", "page", required=True),
        _f("year", "integer", "The plan year, from the title page.", required=True),
        _f("extracted_at", "string", "When the pipeline read the PDF (ISO 8601, UTC)."),
        _f("pipeline_version", "string", "Version of the werkplan pipeline."),
        *OCR_FIELDS,
        _f("title_page_title", "string", "Title as printed on the title page."),
        _f("title_page_platform", "string", "Platform name on the title page."),
        _f("title_page_organisations", "string", "Organisations on the title page."),
        _f("title_page_funder", "string", "Funder (Financier) on the title page."),
        _f("title_page_place", "string", "Place on the title page."),
        _f("title_page_date", "string", "Date on the title page, as printed."),
    ), "document_id"),
    Dataset("budget_tables", "Budget tables", "One row per budget table, with its scope read from the headings.", (
        _id("table_id", "Table id: <document>/<scope id>."), DOC,
        _f("scope_id", "string", "What the table budgets: onderdeel-b, onderdeel-a/projecten, project-1.1, "
           "project-4.1/idee-1, programma/functieniveau.", required=True),
        _f("scope_kind", "string", "onderdeel, segment, programme, project, subplan or unknown.", required=True),
        _f("scope_title", "string", "Title of the scope (project title without its number)."),
        _f("scope_heading_raw", "string", "The heading above the table, as printed."),
        _f("table_kind", "string", "budget, or function_levels for the breakdown by function level."),
        _f("onderdeel", "string", "Onderdeel letter (A–E) for onderdeel and segment tables."),
        _f("segment", "string", "Segment of the onderdeel (projecten, impact)."),
        _f("programmalijn", "string", "Programmalijn number of a project table."),
        _f("project", "string", "Project number (1.1, 10.1)."),
        _f("subplan", "string", "Sub-plan of the project (idee-1)."),
        _f("page_start", "integer", "First page of the table.", "page"),
        _f("page_end", "integer", "Last page of the table.", "page"),
        _f("row_count", "integer", "Printed rows read."),
        _f("closed_by_total", "boolean", "The table ended at a total row."),
        _f("total_amount", "decimal", "The table's printed total.", "EUR"),
        _f("second_reading_agreeing", "integer", "Rows camelot's independent reading confirms."),
        _f("second_reading_disagreeing", "string", "Row indexes camelot did not confirm, comma-separated."),
    ), "table_id", (("document_id", "document", "document_id"),)),
    Dataset("budget_lines", "Budget lines", "One row per printed row of a budget table.", (
        _id("line_id", "Line id: <table id>/<row index>."),
        _f("table_id", "string", "The table.", required=True), DOC,
        _f("scope_id", "string", "The table's scope id."),
        _f("row_index", "integer", "Position in the table, from 0.", required=True),
        _f("row_kind", "string", "staff, staff_costs, overhead, org_total, external or table_total.", required=True),
        _f("label_raw", "string", "The row's label as printed."),
        _f("organisation_raw", "string", "Organisation as printed."),
        _f("organisation", "string", "Organisation, normalised."),
        _f("role_raw", "string", "Role as printed (staff lines)."),
        _f("role", "string", "Role, normalised (Project ondersteuning → Projectondersteuning)."),
        _f("rate", "decimal", "Hourly rate.", "EUR/hour"),
        _f("rate_raw", "string", "Hourly rate as printed."),
        _f("hours", "decimal", "Hours.", "hours"),
        _f("hours_raw", "string", "Hours as printed."),
        _f("amount", "decimal", "Amount.", "EUR"),
        _f("amount_raw", "string", "Amount as printed (1.234.567, € 12.345)."),
        PAGE,
        *(Field(f"amount_{b.name}", b.type, b.description.replace("value", "amount"), b.unit) for b in BOX),
        _f("label_line_count", "integer", "Printed lines the label was joined from."),
    ), "line_id", (("table_id", "budget_tables", "table_id"), ("document_id", "document", "document_id"))),
    Dataset("overview", "Programme overview", "The 'Totaal overzichten begroting': one row per "
            "programmaonderdeel plus the total row.", (
        _id("overview_row_id", "Row id: <document>/overzicht/<row index>."), DOC,
        _f("row_index", "integer", "Position in the table, from 0."),
        _f("row_kind", "string", "onderdeel or total."),
        _f("onderdeel", "string", "Onderdeel letter."),
        _f("label_raw", "string", "Row label as printed."),
        _f("external_costs", "decimal", "External costs (Externe projectkosten / inhuur).", "EUR"),
        _f("external_costs_raw", "string", "External costs as printed."),
        _f("total", "decimal", "Row total.", "EUR"),
        _f("total_raw", "string", "Row total as printed."),
        PAGE,
    ), "overview_row_id", (("document_id", "document", "document_id"),)),
    Dataset("overview_amounts", "Programme overview by organisation", "The overview's organisation columns, "
            "one row per row and organisation.", (
        _id("overview_amount_id", "Id: <overview row id>/<column index>."),
        _f("overview_row_id", "string", "The overview row.", required=True), DOC,
        _f("organisation_raw", "string", "Organisation from the column header."),
        _f("organisation", "string", "Organisation, normalised."),
        _f("column_raw", "string", "Column header as printed (over several lines)."),
        _f("amount", "decimal", "Amount.", "EUR"),
        _f("amount_raw", "string", "Amount as printed."),
        PAGE,
    ), "overview_amount_id", (("overview_row_id", "overview", "overview_row_id"),
                              ("document_id", "document", "document_id"))),
    Dataset("numbers", "Numbers read", "Every number read from the PDF, with where it stands.", (
        _id("number_id", "Id: <source id>/<field>."), DOC,
        _f("source", "string", "Dataset the number belongs to."),
        _f("source_id", "string", "Row id in that dataset."),
        _f("field", "string", "Field in that dataset."),
        _f("raw", "string", "As printed."),
        _f("value", "decimal", "Parsed value."),
        PAGE, *BOX,
        _f("ocr_confidence", "number", "For a scan: tesseract's confidence (0-1) in the least sure word the "
           "number was read from; empty when the PDF's own text was read."),
    ), "number_id", (("document_id", "document", "document_id"),)),
    Dataset("sections", "Sections", "The werkplan as a tree of sections; text is clean (no running headers, "
            "line-break hyphens resolved), tables appear as [tabel: <table id>] markers.", (
        _id("section_id", "Section id: <document>/<path>, e.g. werkplan-2023/bijlage/pl-4/4.1/idee-1/vraagstuk."),
        DOC,
        _f("parent_id", "string", "Parent section."),
        _f("kind", "string", "titlepage, toc, onderdeel, bijlage, programmalijn, group, project, subplan, "
           "project_section or section."),
        _f("number", "string", "Number or letter of the section as printed."),
        _f("title", "string", "Heading as printed."),
        _f("level", "integer", "Heading level from typography (1 = largest)."),
        _f("position", "integer", "Order in the document."),
        _f("page_start", "integer", "First page.", "page"),
        _f("page_end", "integer", "Last page.", "page"),
        _f("scope_id", "string", "For projects and sub-plans: the scope id of their budget table."),
        _f("block_count", "integer", "Paragraphs, list items and tables in the section's own text."),
        _f("text", "string", "Clean text; paragraphs separated by a blank line."),
    ), "section_id", (("parent_id", "sections", "section_id"), ("document_id", "document", "document_id")),
        tree=True),
    Dataset("toc", "Table of contents", "The printed table of contents, compared with the headings found.", (
        _id("toc_entry_id", "Id: <document>/inhoud/<entry index>."), DOC,
        _f("entry_index", "integer", "Position in the ToC."),
        _f("level", "integer", "Indentation level."),
        _f("title", "string", "Entry as printed (wrapped lines joined)."),
        _f("printed_page", "integer", "Page the ToC gives.", "page"),
        _f("section_id", "string", "The heading matched."),
        _f("section_title", "string", "That heading's title."),
        _f("actual_page", "integer", "Page the heading is on.", "page"),
        _f("title_matches", "boolean", "ToC title equals the heading (ignoring punctuation and case)."),
        _f("page_matches", "boolean", "ToC page equals the heading's page."),
        _f("title_similarity", "number", "Similarity of the titles, 0–1."),
    ), "toc_entry_id", (("section_id", "sections", "section_id"), ("document_id", "document", "document_id"))),
    Dataset("planning", "Planning", "Planning (Gantt) tables: one row per activity and month; planned is read "
            "from the shading.", (
        _id("planning_id", "Id: <table id>/<activity>/<year>-<month>."),
        _f("table_id", "string", "Planning table id: <document>/planning/<scope id>."), DOC,
        _f("scope_id", "string", "The project or sub-plan."),
        _f("activity_index", "integer", "Activity position, from 0."),
        _f("activity", "string", "Activity as printed."),
        _f("year", "integer", "Year printed above the months (empty when none is printed)."),
        _f("month", "integer", "Month 1–12."),
        _f("month_raw", "string", "Month as printed."),
        _f("planned", "boolean", "The month's cell is shaded."),
        _f("note", "string", "Text printed in the activity's month cells instead of shading (\"Nader te "
           "bepalen …\"); the activity then has no planned months."),
        PAGE,
    ), "planning_id", (("document_id", "document", "document_id"),)),
    Dataset("projects", "Projects", "One row per project or sub-plan of Bijlage 1.", (
        _id("project_id", "Id: <document>/<scope id>."), DOC,
        _f("section_id", "string", "The project's section."),
        _f("kind", "string", "project or subplan."),
        _f("project", "string", "Project number."),
        _f("subplan", "string", "Sub-plan (idee-1)."),
        _f("programmalijn", "string", "Programmalijn number."),
        _f("title", "string", "Title without its number."),
        _f("heading_raw", "string", "Heading as printed."),
        _f("page_start", "integer", "First page.", "page"),
        _f("page_end", "integer", "Last page.", "page"),
        _f("budget_table_id", "string", "Its budget table."),
        _f("budget_total", "decimal", "Its budget table's total.", "EUR"),
    ), "project_id", (("section_id", "sections", "section_id"), ("budget_table_id", "budget_tables", "table_id"),
                      ("document_id", "document", "document_id"))),
    Dataset("programmalijnen", "Programmalijnen", "Each programmalijn with its title in the main text "
            "(Onderdeel A) and in Bijlage 1.", (
        _id("programmalijn_id", "Id: <document>/pl-<number>."), DOC,
        _f("number", "string", "Programmalijn number."),
        _f("title_main_text", "string", "Heading in Onderdeel A."),
        _f("title_bijlage", "string", "Heading in Bijlage 1."),
        _f("section_id_main_text", "string", "Section in Onderdeel A."),
        _f("section_id_bijlage", "string", "Section in Bijlage 1."),
    ), "programmalijn_id", (("section_id_bijlage", "sections", "section_id"),
                            ("section_id_main_text", "sections", "section_id"),
                            ("document_id", "document", "document_id"))),
    Dataset("checks", "Validation checks", "One row per great-expectations check of the document's sums.", (
        _id("check_id", "Id: <document>/checks/<name>."), DOC,
        _f("name", "string", "Check name."),
        _f("group", "string", "rows, blocks, rollups or structure."),
        _f("description", "string", "What the check asserts."),
        _f("status", "string", "passed, failed or not_applicable."),
        _f("evaluated", "integer", "Comparisons made."),
        _f("failed", "integer", "Comparisons that failed."),
    ), "check_id", (("document_id", "document", "document_id"),)),
    Dataset("check_failures", "Validation failures", "One row per failing comparison, with its evidence.", (
        _id("failure_id", "Id: <check id>/<index>."),
        _f("check_id", "string", "The check.", required=True), DOC,
        _f("subject", "string", "What was compared."),
        _f("actual", "decimal", "The value the document prints."),
        _f("expected", "decimal", "The value the rest of the document implies."),
        _f("difference", "decimal", "actual − expected."),
        _f("pages", "string", "Pages involved."),
        _f("detail", "string", "The printed values compared."),
        _f("evidence", "string", "Ids of the numbers involved (numbers.number_id), space-separated."),
    ), "failure_id", (("check_id", "checks", "check_id"), ("document_id", "document", "document_id"))),
    Dataset("diagnoses", "Diagnoses", "Error localization: one row per printed number of a smallest set whose change "
            "makes every sum check hold (Fellegi–Holt), with the value it would need.", (
        _id("change_id", "Id: <diagnosis id>/<position>."),
        _f("diagnosis_id", "string", "The set: <document>/diagnoses/<n>; several when sets of the same smallest "
           "size exist.", required=True), DOC,
        _f("number_id", "string", "The number to change (numbers.number_id).", required=True),
        _f("field", "string", "What the number is (numbers.field): an amount, a row's hours, an overview cell's "
           "total or external costs; printed, consistent and difference are hours for hours, euros otherwise."),
        _f("table_id", "string", "Its table: a budget table id or the overview (<document>/overzicht)."),
        _f("row_label", "string", "Its row's label as printed (overview cells: row / organisation)."),
        PAGE, *BOX,
        _f("printed", "decimal", "The value printed (hours or euros: see field)."),
        _f("consistent", "decimal", "The value that makes every sum check hold."),
        _f("difference", "decimal", "printed − consistent."),
        _f("rate", "decimal", "A budget row's hourly rate (held as printed).", "EUR/hour"),
        _f("hours", "decimal", "A budget row's hours as printed.", "hours"),
        _f("hours_alternative", "integer", "For a row's amount: the whole hours the printed amount is at the printed "
           "rate, when not the printed hours (the hours may be what is wrong).", "hours"),
        _f("ocr_confidence", "number", "For a number read by OCR: tesseract's confidence (0-1) in it."),
        _f("likely_misread", "string", "For a number read by OCR: the typical OCR confusion that turns the "
           "consistent value into the printed one (digit inserted, digit dropped, digits swapped, 3 for 8, ...; in a "
           "number read with low confidence any one digit for another, 4 for 1): likely a misread, not an error in "
           "the document; empty otherwise."),
        _f("set_size", "integer", "Numbers in this set."),
        _f("sets", "integer", "Smallest sets found (1: the explanation is unique)."),
        _f("runner_up_size", "integer", "Numbers the next-best explanation changes (empty: none)."),
        _f("explains", "string", "Failures this set explains (check_failures.failure_id), space-separated."),
        _f("explains_count", "integer", "Failures this set explains."),
        _f("alternative_sets", "string", "The other smallest sets: number ids space-separated, sets by '; '."),
    ), "change_id", (("number_id", "numbers", "number_id"), ("document_id", "document", "document_id"))),
]}

# One file for the whole output folder: every PDF version taken in, across the years.
CATALOG = Dataset("catalog", "Catalog", "One row per werkplan PDF version that `werkplan run` took in: its "
                  "document, checks, time taken and status, and the comparison with the year before.", (
    _id("sha256", "SHA-256 of the PDF: one version of a document."),
    _f("document_id", "string", "The werkplan: werkplan-<year>.", required=True),
    _f("year", "integer", "The plan year, from the title page.", required=True),
    _f("source_file", "string", "File name of the PDF.", required=True),
    _f("page_count", "integer", "Pages in the PDF.", "page"),
    _f("taken_in_at", "string", "When this version was run (ISO 8601, UTC)."),
    _f("pipeline_version", "string", "Version of the werkplan pipeline that ran it."),
    *OCR_FIELDS,
    _f("checks_passed", "integer", "Validation checks passed."),
    _f("checks_failed", "integer", "Validation checks failed."),
    _f("diagnoses", "integer",
       "Printed numbers the error localization names as wrong (the diagnoses dataset); 0 when every sum holds."),
    _f("seconds", "number", "Time the run of this PDF took.", "s"),
    _f("status", "string", "current (its output is in the folder) or replaced (by another PDF of its year, "
       "taken in with --replace).", required=True),
    _f("needs_review", "boolean", "True when the document's structure or digits are doubtful (its quality "
       "report says why): written for review, not loaded into a database unless accepted (--accept-review)."),
    _f("comparison", "string", "Folder comparing this document with the year before it, relative to the "
       "output folder (compare/<a>-vs-<b>)."),
), "sha256", per_document=False)

ALL_DATASETS: dict[str, Dataset] = {**DATASETS, CATALOG.name: CATALOG}


def columns(name: str) -> list[str]:
    return DATASETS[name].columns

