"""The kinds of budget rows and of scopes, as written to the datasets (``row_kind``, ``scope_kind``).

String enums: a member is equal to, and written as, its value, so the datasets hold the plain words.
"""

from __future__ import annotations

from enum import StrEnum


class RowKind(StrEnum):
    """What a printed row of a budget table is."""

    STAFF = "staff"  # a person's hours at a rate: organisation, role, rate, hours, amount
    STAFF_COSTS = "staff_costs"  # stafkosten over an organisation's staff hours
    OVERHEAD = "overhead"  # overhead over an organisation's staff hours
    ORG_TOTAL = "org_total"  # an organisation's total
    EXTERNAL = "external"  # external costs (hired work)
    TABLE_TOTAL = "table_total"  # the table's total row

    @property
    def has_rate(self) -> bool:
        """Rows priced at a rate per hour (amount = rate × hours)."""
        return self in (RowKind.STAFF, RowKind.STAFF_COSTS, RowKind.OVERHEAD)


class ScopeKind(StrEnum):
    """What a budget table budgets, read from the headings above it."""

    ONDERDEEL = "onderdeel"  # a whole onderdeel: onderdeel-b
    SEGMENT = "segment"  # a segment of an onderdeel: onderdeel-a/projecten
    PROJECT = "project"  # project-1.1
    SUBPLAN = "subplan"  # project-4.1/idee-1
    PROGRAMME = "programme"  # the programme-wide breakdown by function level
    UNKNOWN = "unknown"  # no heading above it was recognised
