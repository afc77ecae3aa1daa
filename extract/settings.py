"""Settings: one frozen, validated object per module, with documented defaults.

Each module declares its settings as a frozen dataclass whose field defaults are
the documented defaults (``BudgetSettings``, ``ScopeSettings``, ...).  As with
pdfplumber's ``TableSettings.resolve``, :func:`resolve` accepts ``None`` (the
defaults), an instance, or a plain dict of overrides.  A partial override merges
deeply: a nested settings object or a dict-valued field keeps the keys it does
not name.  An unknown key is an error that names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")


class SettingsError(ValueError):
    """A settings override names a key the settings do not have, or gives a non-dict for a group."""


def resolve(cls: type[T], override: T | Mapping | None = None) -> T:
    """The settings ``cls`` with ``override`` (None, an instance or a dict) applied over the defaults."""
    if override is None:
        return cls()
    if isinstance(override, cls):
        return override
    return merge(cls(), override, cls.__name__)


def merge(base: T, override: Any, where: str) -> T:
    """``base`` with the keys of the mapping ``override`` replaced, nested groups merged key by key."""
    if not isinstance(override, Mapping):
        raise SettingsError(f"{where}: expected a dict of settings, got {type(override).__name__}")
    known = {f.name for f in fields(base)}
    changes = {}
    for key, value in override.items():
        if key not in known:
            raise SettingsError(f"unknown setting {where}.{key} (known: {', '.join(sorted(known))})")
        current = getattr(base, key)
        if is_dataclass(current):
            changes[key] = value if isinstance(value, type(current)) else merge(current, value, f"{where}.{key}")
        elif isinstance(current, Mapping) and isinstance(value, Mapping):
            # An open vocabulary (month names, segment words): new keys are allowed.
            changes[key] = {**current, **value}
        else:
            changes[key] = value
    return replace(base, **changes)
