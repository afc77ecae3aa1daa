"""Writers: every dataset as CSV and JSON, published all at once or not at all.

``<out>/<document-id>`` is a symbolic link to a complete, versioned folder
``<out>/.<document-id>.v-XXXX``.  A run writes into a staging folder
``.<document-id>.staging-XXXX``, renames it to a version when every file is
there, and swaps the link with one ``os.replace``: a reader (or a crash) at
any moment sees the old or the new output, whole.  Runs into the same folder
take turns on an exclusive lock (``.<document-id>.lock``), and readers that
take it shared (``werkplan load``, ``compare``) never see a version removed; a
run removes the version it replaced and any staging folder a killed run left.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from pipelines.errors import OutputError
from pipelines.output.package import write_package

if TYPE_CHECKING:  # a type only: loading (werkplan load) imports this module and no extraction
    from pipelines.normalise.datasets import Datasets


def _records(frame: pd.DataFrame) -> list[dict]:
    """JSON-ready records: pandas' missing values become null, integers stay integers, and an amount
    with cents a JSON number (pandas would write a Decimal as a string): the float's shortest
    text is the printed decimal ("114.5"), for any amount below 10^13."""
    exact = {column: frame[column].map(lambda v: float(v) if isinstance(v, Decimal) else v)
             for column in frame.columns if frame[column].dtype == object}
    return json.loads(frame.assign(**exact).to_json(orient="records", force_ascii=False))


def write_frame(folder: Path, name: str, frame: pd.DataFrame, metadata: dict, tree: list | None = None) -> None:
    """``NAME.csv`` and ``NAME.json``; the JSON holds ``tree`` instead of flat records when given."""
    frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
    payload = {"metadata": {**metadata, "dataset": name, "rows": len(frame)}}
    if tree is not None:
        payload["tree"] = tree
    else:
        payload["records"] = _records(frame)
    with open(folder / f"{name}.json", "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def check_output_folder(out_dir: str | Path, keep_created: bool = True) -> Path:
    """Create ``out_dir`` if needed and prove a file can be made in it, before any work is done.

    With ``keep_created=False`` the folders made for the proof are removed again, so a run that
    then fails on its input leaves nothing behind.
    """
    out_dir = Path(out_dir)
    created = [folder for folder in [out_dir, *out_dir.parents] if not folder.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir) as probe:
            probe.write(b"werkplan")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the output here ({exc.strerror or exc})") from exc
    finally:
        if not keep_created:
            for folder in created:  # innermost first
                if folder.is_dir():
                    folder.rmdir()
    return out_dir


# The output a PDF gives, at most, by what was measured: the bundled 123-page PDF (0.54 MiB) gives
# 3.3 MiB, a 3-page one (4 KiB) 0.17 MiB.  With room to spare: 1 MiB and ten times the PDF's size.
OUTPUT_PER_PDF, OUTPUT_PER_PDF_BYTE = 1 << 20, 10


def check_free_space(out_dir: str | Path, pdfs: list[Path]) -> None:
    """Refuse before any PDF is read when ``out_dir``'s file system has no room for the output of ``pdfs``."""
    needed = sum(OUTPUT_PER_PDF + OUTPUT_PER_PDF_BYTE * pdf.stat().st_size for pdf in pdfs if pdf.is_file())
    stats = os.statvfs(out_dir)
    free = stats.f_bavail * stats.f_frsize
    if needed > free:
        raise OutputError(f"{out_dir}: not enough free disk space for the output ({free / (1 << 20):.0f} MiB free, "
                          f"about {needed / (1 << 20):.0f} MiB needed); nothing was read")


@contextmanager
def locked(out_dir: Path, document_id: str, shared: bool = False):
    """Hold the document's lock in ``out_dir``: exclusive for publishing, shared for reading."""
    with open(out_dir / f".{document_id}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def read_locked(folder: Path):
    """Yield the version ``folder`` links to, with a shared lock held so no run removes it meanwhile.

    Without a lock file (an output of an earlier version, or no rights to open it) the folder as is.
    """
    try:
        handle = open(folder.parent / f".{folder.name}.lock", "rb")
    except OSError:
        yield folder
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        yield folder.resolve()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_tree(folder: Path) -> None:
    """Flush every file and folder to disk, so a published version survives a power cut."""
    for path in [*folder.rglob("*"), folder]:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def clean_leftovers(out_dir: Path, document_id: str) -> None:
    """Remove staging folders and unlinked versions of earlier runs; relink if a crash left no link.

    Call with the exclusive lock held.
    """
    target = out_dir / document_id
    versions = sorted(out_dir.glob(f".{document_id}.v-*"), key=lambda p: p.stat().st_mtime)
    complete = [v for v in versions if (v / "datapackage.json").is_file()]  # not a name reserved and left empty
    if not target.exists() and not target.is_symlink() and complete:
        link(complete[-1], target)  # killed between moving an old real folder aside and linking
    current = (out_dir / os.readlink(target)).resolve() if target.is_symlink() else None
    for path in [*out_dir.glob(f".{document_id}.staging-*"), *out_dir.glob(f".{document_id}.link-*"), *versions]:
        if path.resolve() == current:
            continue
        if path.is_symlink() or path.is_file():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)


def link(version: Path | str, target: Path) -> None:
    """Point ``target`` at ``version`` (a sibling's name, or a path relative to ``target``'s folder) in one
    atomic step."""
    link = target.with_name(f".{target.name}.link-{os.getpid()}")
    if link.is_symlink():
        link.unlink()
    os.symlink(version.name if isinstance(version, Path) else version, link)
    os.replace(link, target)


def set_aside_real_folder(target: Path, prefix: str) -> None:
    """Move ``target`` to a new folder named ``prefix``... beside it if it is a real folder, not a link.

    An output of an earlier version of this tool, or one copied with its links followed, has real folders
    where links are: a link cannot replace a folder in one step (os.replace raises IsADirectoryError). The
    folder moved aside is an old version, removed as the others are.
    """
    if target.is_dir() and not target.is_symlink():
        os.replace(target, Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent)))


def publish(staging: Path, target: Path) -> None:
    """Make the complete ``staging`` folder the output ``target``; on any failure the old ``target`` stays."""
    version = Path(tempfile.mkdtemp(prefix=f".{target.name}.v-", dir=target.parent))
    os.replace(staging, version)  # over the empty folder mkdtemp made to reserve the name
    set_aside_real_folder(target, f".{target.name}.v-")
    link(version, target)
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def publish_complete(folder: Path, out_dir: Path, document_id: str) -> Path:
    """Publish the complete ``folder`` (made outside ``out_dir``'s staging names) as ``out_dir/<document_id>``.

    Takes the document's lock, so it takes turns with runs writing the same document.
    """
    target = out_dir / document_id
    try:
        with locked(out_dir, document_id):
            clean_leftovers(out_dir, document_id)
            publish(folder, target)
            clean_leftovers(out_dir, document_id)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the output ({exc.strerror or exc}); earlier output kept") from exc
    return target


@contextmanager
def staging_folder(out_dir: str | Path, document_id: str) -> Iterator[Path]:
    """A new, empty staging folder in ``out_dir`` for one document, with the document's lock held.

    The caller writes the files into it and publishes it with :func:`publish_staging`; if the block
    fails the folder is removed and the earlier output stays.  Any OSError in the block is an
    :class:`OutputError` (every file written in it is output).
    """
    out_dir = check_output_folder(out_dir)
    target = out_dir / document_id
    try:
        with locked(out_dir, document_id):
            clean_leftovers(out_dir, document_id)
            staging = Path(tempfile.mkdtemp(prefix=f".{document_id}.staging-", dir=out_dir))
            try:
                staging.chmod(0o777 & ~_umask())
                yield staging
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            clean_leftovers(out_dir, document_id)  # the version replaced; no reader holds it now
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the output ({exc.strerror or exc}); earlier output kept") from exc


def write_dataset_files(staging: Path, datasets: Datasets) -> None:
    """Every dataset as CSV and JSON, and ``datapackage.json`` (with the settings read with) into ``staging``."""
    for name, frame in datasets.frames.items():
        write_frame(staging, name, frame, datasets.metadata, datasets.trees.get(name))
    write_package(staging, datasets.metadata, datasets.settings)


def publish_staging(staging: Path, out_dir: str | Path, document_id: str) -> Path:
    """Make the complete ``staging`` folder (from :func:`staging_folder`, lock held) ``out_dir/<document_id>``."""
    target = Path(out_dir) / document_id
    _fsync_tree(staging)
    publish(staging, target)
    return target


def write_datasets(datasets: Datasets, out_dir: str | Path) -> Path:
    """Write all datasets to ``out_dir/<document-id>/``, atomically."""
    with staging_folder(out_dir, datasets.document_id) as staging:
        write_dataset_files(staging, datasets)
        return publish_staging(staging, out_dir, datasets.document_id)
