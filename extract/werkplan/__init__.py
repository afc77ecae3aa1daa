"""The werkplan layer: what a KIS werkplan holds, read from the PDF layer's document model.

Budget, overview and planning tables, the scope each table budgets, the sections and the title page,
and the ids of everything (:mod:`extract.werkplan.ids`).  :func:`extract_werkplan` runs it all.
"""

__all__ = ["Extraction", "WerkplanSettings", "extract_werkplan"]


def __getattr__(name: str):
    # Loaded on first use: importing extract.werkplan.ids (as writing and loading do) must not
    # import the PDF readers that the extraction needs.
    if name in __all__:
        from . import extraction

        return getattr(extraction, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
