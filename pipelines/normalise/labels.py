"""Normalised labels (roles, organisations) chosen from the document's own spellings.

Spellings that differ only in case, spaces and hyphens ("Project ondersteuning",
"Project-ondersteuning", "Projectondersteuning") are one label.  Its normal form
is the spelling the document uses most; on a tie, the closed compound (Dutch
spelling) wins, so no list of known roles is needed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable


def label_key(text: str) -> str:
    return re.sub(r"[\s\-‐‑–_]+", "", text.lower())


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def canonical_labels(raw_labels: Iterable[str | None]) -> dict[str, str]:
    """Map each raw spelling to its normal form."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    for raw in raw_labels:
        if raw:
            spellings[label_key(raw)][tidy(raw)] += 1
    mapping: dict[str, str] = {}
    for counter in spellings.values():
        best = sorted(counter.items(), key=lambda kv: (-kv[1], len(re.findall(r"[\s\-]", kv[0])), kv[0]))[0][0]
        for spelling in counter:
            mapping[spelling] = best
    return mapping


def normalise(raw: str | None, mapping: dict[str, str]) -> str | None:
    return mapping.get(tidy(raw)) if raw else None


def named_within(raw: str, known: Iterable[str | None]) -> str:
    """The one known label whose words stand whole in ``raw``, where ``raw`` is none of them itself: a label
    read with a stray word beside it ("Ee Movisie", OCR's reading of a table header's edge); else ``raw``."""
    labels = {label_key(label): label for label in known if label}
    if label_key(raw) in labels:
        return raw
    padded = f" {tidy(raw).lower()} "
    named = {label for label in labels.values() if f" {tidy(label).lower()} " in padded}
    return named.pop() if len(named) == 1 else raw
