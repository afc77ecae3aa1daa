"""The settings tree of a whole run, a settings file, and the options of one run.

:class:`RunSettings` is :class:`~extract.werkplan.extraction.WerkplanSettings` (how the PDF is
read) with the groups of validation, localization, quality signals and the report added: one
tree, resolved once, that travels with the extraction and is written to ``datapackage.json``
and ``quality/validation.json``.  A TOML file holds a partial override of it
(``werkplan run --settings next-year.toml``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from expectations.report.html import ReportSettings
from expectations.verify.checks import ValidationSettings
from expectations.verify.localize import LocalizationSettings
from expectations.verify.quality import QualitySettings
from extract.pdf.model import DEFAULT_READER, InputError
from extract.pdf.ocr import OcrSettings
from extract.settings import SettingsError, resolve
from extract.werkplan.extraction import WerkplanSettings


@dataclass(frozen=True)
class RunSettings(WerkplanSettings):
    """Every setting of a run: OCR's, the extraction's groups, then validation's, the quality signals' and the
    report's."""

    ocr: OcrSettings = field(default_factory=OcrSettings)
    validation: ValidationSettings = field(default_factory=ValidationSettings)
    localization: LocalizationSettings = field(default_factory=LocalizationSettings)
    quality: QualitySettings = field(default_factory=QualitySettings)
    report: ReportSettings = field(default_factory=ReportSettings)


class SettingsFileError(InputError):
    """A settings file that cannot be read or names a wrong setting (exit 2, like a bad PDF)."""


def load_settings(path: str | Path) -> RunSettings:
    """The settings in the TOML file ``path`` over the defaults; its top-level tables are the groups."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise SettingsFileError(f"{path}: cannot read the settings file ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsFileError(f"{path}: not a TOML file ({exc})") from exc
    try:
        return resolve(RunSettings, data)
    except SettingsError as exc:
        raise SettingsFileError(f"{path}: {exc}") from exc


@dataclass(frozen=True)
class RunOptions:
    """How one run goes: which reader reads the PDF, its password, the settings, and where progress goes.

    ``settings`` is a :class:`RunSettings`, a dict of overrides (as :func:`~extract.settings.resolve`
    takes) or None for the defaults.  ``progress(pages_done, page_count, stage)`` is called as the PDF
    is OCR'd (a scan; stage ``"OCR"``) and read (``"reading"``).  ``ocr`` OCRs every page even when the
    PDF has a text layer (a scan without one is OCR'd anyway); ``ocr_jobs`` is how many pages tesseract
    reads at once (None: one per core).
    """

    reader: str = DEFAULT_READER
    password: str | None = None
    settings: RunSettings | Mapping | None = None
    progress: Callable[[int, int, str], None] | None = None
    ocr: bool = False
    ocr_jobs: int | None = None

    def resolved_settings(self) -> RunSettings:
        return resolve(RunSettings, self.settings)
