"""Scans made from a born-digital PDF: its pages rasterised (pypdfium2) into an image-only PDF.

A scan and its OCR are expensive, so both are cached in the system's temporary folder, keyed by
the content they are made from (the source's SHA-256, the pages and the resolution): a test
session, the next one and the OCR bench reuse them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from extract.pdf.model import file_sha256


def cache_folder() -> Path:
    return Path(tempfile.gettempdir()) / "werkplan-scans"


def pages_of(pdf: Path, pages: list[int]) -> Path:
    """``pages`` (1-based) of ``pdf`` as a PDF of their own, text layer and all; made once (pdfium writes a
    new file id every time, and the OCR cache is keyed by the bytes)."""
    key = hashlib.sha256(f"{file_sha256(pdf)}|{pages}".encode()).hexdigest()[:16]
    target = cache_folder() / f"{pdf.stem}-pages-{key}.pdf"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        with pdfium.PdfDocument(str(pdf)) as source, pdfium.PdfDocument.new() as copy:
            copy.import_pages(source, [number - 1 for number in pages])
            copy.save(partial)
        os.replace(partial, target)
    return target


def _as_scanned(image, rotation: float, noise: float, seed: int):
    """``image`` turned by ``rotation`` degrees (white corners) with grey noise of ``noise`` (its standard
    deviation, 0-255), as a sheet fed askew through a scanner."""
    import numpy as np
    from PIL import Image

    if rotation:
        image = image.rotate(rotation, resample=Image.BICUBIC, fillcolor=255)
    if noise:
        pixels = np.asarray(image, dtype=np.float32)
        pixels += np.random.default_rng(seed).normal(0, noise, pixels.shape)
        image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    return image


def scan(pdf: Path, pages: list[int] | None = None, dpi: int = 300, cache: Path | None = None,
         rotation: float = 0.0, noise: float = 0.0) -> Path:
    """``pages`` (1-based; all when None) of ``pdf`` rendered in grey at ``dpi`` into an image-only PDF,
    each turned by ``rotation`` degrees and given grey noise of ``noise`` (standard deviation, 0-255)."""
    with pdfium.PdfDocument(str(pdf)) as source:
        pages = pages or list(range(1, len(source) + 1))
        key = hashlib.sha256(f"{file_sha256(pdf)}|{pages}|{dpi}|{rotation}|{noise}|{pdfium.PDFIUM_INFO}"
                             .encode()).hexdigest()[:16]
        target = (cache or cache_folder()) / f"{pdf.stem}-{dpi}dpi-{key}.pdf"
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        images = [_as_scanned(source[number - 1].render(scale=dpi / 72, grayscale=True).to_pil(), rotation, noise,
                              number) for number in pages]
    partial = target.with_suffix(f".{os.getpid()}.part")
    images[0].save(partial, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    os.replace(partial, target)
    return target
