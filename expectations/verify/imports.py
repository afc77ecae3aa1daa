"""Importing a library without the modules it imports but a run never uses.

great-expectations imports altair, jsonschema and scipy.stats, and camelot imports OpenCV (``cv2``),
as they are imported; the suites and camelot's vector reading never call them.  Each such module is
*deferred*: a stand-in takes its place in ``sys.modules`` and imports it, whole, when one of its
attributes is first asked for.  A module can also be *hidden*: not found while the library is
imported, as if it were not installed (an optional extra the library then leaves out).

importlib's LazyLoader does not do: a second ``import cv2`` (camelot has five) asks the module for
``__spec__`` and so loads it.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterable


class DeferredModule(types.ModuleType):
    """In ``sys.modules`` in place of a module not imported yet; imports it at the first attribute
    asked for that a module object does not have itself, and hands that and every later one on."""

    def __getattr__(self, attribute: str):
        module = self.__dict__.get("_module")
        if module is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            module = self.__dict__["_module"] = importlib.import_module(self.__name__)
        return getattr(module, attribute)


class _Hidden:
    """A finder in place while a library is imported: finds none of ``names`` (nor their submodules)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)

    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def import_without(library: str, deferred: Iterable[str] = (), hidden: Iterable[str] = ()) -> types.ModuleType:
    """Import ``library`` with ``deferred`` modules given stand-ins (:class:`DeferredModule`) unless
    imported already, and ``hidden`` ones not found during the import."""
    for name in deferred:
        sys.modules.setdefault(name, DeferredModule(name))
    finder = _Hidden(hidden)
    sys.meta_path.insert(0, finder)
    try:
        return importlib.import_module(library)
    finally:
        sys.meta_path.remove(finder)
