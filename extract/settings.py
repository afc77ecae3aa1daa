"""Settings: one frozen, checked object per module, with documented defaults.

Each module declares its settings as a frozen dataclass deriving from :class:`Settings`,
whose field defaults are the documented defaults (``BudgetSettings``, ``ScopeSettings``,
...).  As with pdfplumber's ``TableSettings.resolve``, :func:`resolve` accepts ``None``
(the defaults), an instance, or a plain dict of overrides.  A partial override merges
deeply: a nested settings object or a dict-valued field keeps the keys it does not name.
An unknown key is an error that names it.

As with pdfplumber's ``TableSettings.__post_init__``, every value is checked when the
object is made, against its field's annotation: a ``tuple[str, ...]`` takes a list or
a tuple of strings (kept as a tuple), a ``float`` an int or a float, a ``dict[str, int]``
a mapping of those, a nested group its settings object; a ``*_pattern`` must compile as
a regular expression; :attr:`Settings.limits` bounds numbers.  A wrong value is a
:class:`SettingsError` naming its key, the expected kind and what was given.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, is_dataclass, replace
from functools import cache
from typing import Any, ClassVar, TypeVar

T = TypeVar("T")


class SettingsError(ValueError):
    """A settings override names a key the settings do not have, or gives a value of the wrong kind."""

    def __init__(self, key: str, reason: str, unknown: bool = False):
        super().__init__(f"unknown setting {key} ({reason})" if unknown else f"{key}: {reason}")
        self.key, self.reason, self.unknown = key, reason, unknown


@dataclass(frozen=True)
class Range:
    """Bounds of a number setting; ``None`` is no bound.  ``above`` is exclusive, ``least`` and ``most`` inclusive."""

    least: float | None = None
    above: float | None = None
    most: float | None = None

    def violated_by(self, value: float) -> str | None:
        if self.least is not None and value < self.least:
            return f"at least {self.least:g}"
        if self.above is not None and value <= self.above:
            return f"more than {self.above:g}"
        if self.most is not None and value > self.most:
            return f"at most {self.most:g}"
        return None


class Settings:
    """Base of the settings dataclasses: checks and normalises every field when an object is made."""

    # Field name → allowed range, for the numbers whose meaning bounds them (a share, a count).
    limits: ClassVar[Mapping[str, Range]] = {}

    def __post_init__(self) -> None:
        check_fields(self)


def check_fields(settings: Any) -> None:
    """Check every field of the dataclass ``settings`` and set it to its normal form (a tuple for a list)."""
    limits = getattr(settings, "limits", {})
    for name, kind in _field_kinds(type(settings)).items():
        value = _checked(name, kind, getattr(settings, name))
        if name in limits and isinstance(value, int | float):
            if bound := limits[name].violated_by(value):
                raise SettingsError(name, f"expected a number {bound}, got {value!r}")
        object.__setattr__(settings, name, value)  # frozen: the normal form is set once, as it is made


@cache
def _field_kinds(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls)}


def _describe(kind: Any) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple:
        return f"a list of {_describe(args[0])}s"
    if origin is dict:
        return f"a table of {_describe(args[0])} to {_describe(args[1])}"
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_describe(a) for a in args)
    return {str: "string", int: "whole number", float: "number", bool: "true or false",
            type(None): "nothing"}.get(kind, getattr(kind, "__name__", str(kind)))


def _given(value: Any) -> str:
    return f"{type(value).__name__} {value!r}" if not isinstance(value, Mapping) else type(value).__name__


def _checked(name: str, kind: Any, value: Any) -> Any:
    """``value`` in the normal form of ``kind``, or a :class:`SettingsError` naming ``name``."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    wrong = SettingsError(name, f"expected {_describe(kind)}, got {_given(value)}")
    if origin in (types.UnionType, typing.Union):
        return _one_of(name, args, value, wrong)
    if origin is tuple:  # tuple[X, ...]: a list in a settings file, a tuple in the object (hashable)
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise wrong
        return tuple(_checked(f"{name}[{i}]", args[0], item) for i, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, Mapping):
            raise wrong
        return {_checked(f"{name} key", args[0], k): _checked(f"{name}.{k}", args[1], v) for k, v in value.items()}
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | (float if kind is float else int)):
            raise wrong
        return float(value) if kind is float else value
    if not isinstance(value, kind):
        raise wrong
    return _checked_instance(name, kind, value)


def _one_of(name: str, options: tuple, value: Any, wrong: SettingsError) -> Any:
    for option in options:
        try:
            return _checked(name, option, value)
        except SettingsError:
            continue
    raise wrong


def _checked_instance(name: str, kind: type, value: Any) -> Any:
    """A string that must be a pattern, or a group whose class does not check itself yet (checked here)."""
    if kind is str and name.endswith("pattern"):
        try:
            re.compile(value)
        except re.error as exc:
            raise SettingsError(name, f"not a regular expression ({exc}): {value!r}") from exc
    if is_dataclass(kind) and not isinstance(value, Settings):
        try:
            check_fields(value)
        except SettingsError as exc:
            raise SettingsError(f"{name}.{exc.key}", exc.reason) from None
    return value


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
        raise SettingsError(where, f"expected a dict of settings, got {_given(override)}")
    known = {f.name for f in fields(base)}
    changes = {}
    for key, value in override.items():
        if key not in known:
            raise SettingsError(f"{where}.{key}", f"known: {', '.join(sorted(known))}", unknown=True)
        current = getattr(base, key)
        if is_dataclass(current):
            changes[key] = value if isinstance(value, type(current)) else merge(current, value, f"{where}.{key}")
        elif isinstance(current, Mapping) and isinstance(value, Mapping):
            # An open vocabulary (month names, segment words): new keys are allowed.
            changes[key] = {**current, **value}
        else:
            changes[key] = value
    try:
        return replace(base, **changes)
    except SettingsError as exc:  # a value of this group: name it by its whole path
        raise SettingsError(f"{where}.{exc.key}", exc.reason, exc.unknown) from None


def as_record(settings: Any) -> dict:
    """The settings as plain JSON-ready data (tuples as lists), as written beside the datasets."""
    return asdict(settings)
