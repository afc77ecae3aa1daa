"""Damaged copies of a PDF, made the way files break in the wild, each from a seed.

Each builder takes the bytes of a sound PDF (an uncompressed-xref file as
reportlab writes it) and returns damaged bytes.  Edits that must keep the
cross-reference offsets valid keep every byte's position; others (truncation,
flipped bytes) do not care.  :func:`damaged_pdfs` names a seeded set of about
forty of them.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable

import pypdfium2 as pdfium

OBJECT = re.compile(rb"(\d+) 0 obj\b(.*?)\bendobj", re.S)


def objects(data: bytes) -> dict[int, re.Match]:
    return {int(m.group(1)): m for m in OBJECT.finditer(data)}


def _blank(data: bytes, start: int, end: int) -> bytes:
    """Spaces over ``data[start:end]``: the bytes are gone, every offset after them stays right."""
    return data[:start] + b" " * (end - start) + data[end:]


def _same_length(data: bytes, old: bytes, new: bytes) -> bytes:
    assert len(new) <= len(old) and old in data, (old, new)
    return data.replace(old, new.ljust(len(old)), 1)


def page_objects(data: bytes) -> list[int]:
    """Object numbers of the pages, in page-tree order."""
    tree = next(m for m in objects(data).values() if b"/Type /Pages" in m.group(2))
    kids = re.search(rb"/Kids \[(.*?)\]", tree.group(2), re.DOTALL).group(1)
    return [int(n) for n in re.findall(rb"(\d+) 0 R", kids)]


def flip_bytes(data: bytes, seed: int, count: int) -> bytes:
    chance = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        position = chance.randrange(len(out))
        out[position] ^= chance.randrange(1, 256)
    return bytes(out)


def truncate(data: bytes, share: float) -> bytes:
    return data[: int(len(data) * share)]


def delete_object(data: bytes, number: int) -> bytes:
    match = objects(data)[number]
    return _blank(data, match.start(), match.end())


def delete_page(data: bytes, index: int) -> bytes:
    return delete_object(data, page_objects(data)[index])


def delete_contents(data: bytes, index: int) -> bytes:
    page = objects(data)[page_objects(data)[index]]
    return delete_object(data, int(re.search(rb"/Contents (\d+) 0 R", page.group(2)).group(1)))


def delete_font(data: bytes) -> bytes:
    font = next(n for n, m in objects(data).items() if b"/Type /Font" in m.group(2))
    return delete_object(data, font)


def delete_typed(data: bytes, kind: bytes) -> bytes:
    """Delete the object of ``/Type kind`` (/Pages, /Catalog)."""
    number = next(n for n, m in objects(data).items() if re.search(rb"/Type " + kind + rb"\b", m.group(2)))
    return delete_object(data, number)


def garble_xref(data: bytes) -> bytes:
    """Every offset in the cross-reference table points 7 bytes off."""
    start = data.rindex(b"\nxref\n")
    end = data.index(b"trailer", start)
    table = re.sub(rb"(\d{10}) (\d{5}) n",
                   lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)), data[start:end])
    return data[:start] + table + data[end:]


def remove_xref(data: bytes) -> bytes:
    start = data.rindex(b"\nxref\n")
    return _blank(data, start, data.index(b"trailer", start))


def wrong_startxref(data: bytes) -> bytes:
    offset = re.search(rb"startxref\s+(\d+)", data).group(1)
    return _same_length(data, b"startxref\n" + offset, b"startxref\n" + b"1" * len(offset))


def remove_trailer(data: bytes) -> bytes:
    start = data.rindex(b"trailer")
    return _blank(data, start, data.index(b"startxref", start))


def root_nowhere(data: bytes) -> bytes:
    root = re.search(rb"/Root (\d+) 0 R", data).group(0)
    return _same_length(data, root, b"/Root 0 0 R")


def page_tree_cycle(data: bytes) -> bytes:
    """The page tree lists itself among its kids in place of the second page."""
    tree = next(n for n, m in objects(data).items() if b"/Type /Pages" in m.group(2))
    second = page_objects(data)[1]
    kids = re.search(rb"/Kids \[.*?\]", data).group(0)
    return _same_length(data, kids, kids.replace(b" %d 0 R" % second, b" %d 0 R" % tree, 1))


def kid_nowhere(data: bytes) -> bytes:
    """The page tree points at an object the file does not hold, in place of the second page."""
    kids = re.search(rb"/Kids \[.*?\]", data).group(0)
    return _same_length(data, kids, kids.replace(b" %d 0 R" % page_objects(data)[1], b" 0 0 R", 1))


def wrong_count(data: bytes) -> bytes:
    count = re.search(rb"/Count \d+", data).group(0)
    return _same_length(data, count, b"/Count 9")


def incremental_update(data: bytes, changed: dict[int, bytes]) -> bytes:
    """Append new bodies for objects (an incremental update, as editors save), with its own xref and trailer."""
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = data[data.rindex(b"trailer"):]
    size = max(int(re.search(rb"/Size (\d+)", trailer).group(1)), max(changed) + 1)
    root = re.search(rb"/Root \d+ 0 R", trailer).group(0)
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number, body in sorted(changed.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, previous, xref)
    return bytes(out)


def deep_page_tree(data: bytes, depth: int) -> bytes:
    """The page tree's kids hang below a chain of ``depth`` intermediate page tree nodes."""
    tree, match = next((n, m) for n, m in objects(data).items() if b"/Type /Pages" in m.group(2))
    body = match.group(2).strip()
    kids = re.search(rb"/Kids \[.*?\]", body).group(0)
    count = re.search(rb"/Count \d+", body).group(0)
    first = max(objects(data)) + 1
    chain = list(range(first, first + depth))
    changed = {tree: body.replace(kids, b"/Kids [ %d 0 R ]" % chain[0], 1)}
    for number, below in zip(chain, chain[1:] + [None], strict=False):
        parent = tree if number == first else number - 1
        node_kids = kids if below is None else b"/Kids [ %d 0 R ]" % below
        changed[number] = b"<< /Type /Pages /Parent %d 0 R %s %s >>" % (parent, node_kids, count)
    return incremental_update(data, changed)


def nested_arrays(data: bytes, depth: int) -> bytes:
    """The first page's resources refer to an array nested ``depth`` deep."""
    number = page_objects(data)[0]
    body = objects(data)[number].group(2).strip()
    new = max(objects(data)) + 1
    page = body.replace(b"/Resources <<", b"/Resources << /Nest %d 0 R" % new, 1)
    return incremental_update(data, {number: page, new: b"[" * depth + b"]" * depth})


def nested_metadata(data: bytes, depth: int) -> bytes:
    """The document information dictionary holds an array nested ``depth`` deep."""
    info = int(re.search(rb"/Info (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    body = objects(data)[info].group(2).strip()
    return incremental_update(data, {info: body.replace(b"<<", b"<< /Nest " + b"[" * depth + b"]" * depth, 1)})


def nested_content(data: bytes, depth: int) -> bytes:
    """The first page's content begins with an operand nested ``depth`` deep."""
    number = page_objects(data)[0]
    body = objects(data)[number].group(2).strip()
    new = max(objects(data)) + 1
    stream = b"[" * depth + b"]" * depth + b" pop\n"
    contents = re.search(rb"/Contents (\d+ 0 R)", body).group(1)
    page = body.replace(b"/Contents " + contents, b"/Contents [ %d 0 R %s ]" % (new, contents), 1)
    return incremental_update(data, {number: page, new: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream),
                                                                                                       stream)})


def _save(document: pdfium.PdfDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_blank_page(data: bytes) -> bytes:
    document = pdfium.PdfDocument(data)
    width, height = document[0].get_size()
    document.new_page(width, height)
    return _save(document)


def _image_page(document: pdfium.PdfDocument, picture: pdfium.PdfBitmap, width: float, height: float) -> None:
    page = document.new_page(width, height)
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(picture)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()


def add_image_page(data: bytes) -> bytes:
    """A scan of the first page appended as an image without text."""
    document = pdfium.PdfDocument(data)
    width, height = document[0].get_size()
    _image_page(document, document[0].render(scale=0.5), width, height)
    return _save(document)


def all_images(data: bytes) -> bytes:
    """Every page a picture of itself: a scanned werkplan."""
    source = pdfium.PdfDocument(data)
    document = pdfium.PdfDocument.new()
    for page in source:
        width, height = page.get_size()
        _image_page(document, page.render(scale=0.5), width, height)
    return _save(document)


def all_blank(data: bytes) -> bytes:
    source = pdfium.PdfDocument(data)
    document = pdfium.PdfDocument.new()
    for page in source:
        document.new_page(*page.get_size())
    return _save(document)


def damaged_pdfs(seed: int = 2030) -> dict[str, Callable[[bytes], bytes]]:
    """About forty ways to break a PDF, by name; random choices follow ``seed``."""
    chance = random.Random(seed)
    cases: dict[str, Callable[[bytes], bytes]] = {}
    for count in (1, 1, 3, 3, 10, 10, 40, 200):
        flip_seed = chance.randrange(1 << 30)
        cases[f"flip-{count}-{flip_seed}"] = lambda d, s=flip_seed, c=count: flip_bytes(d, s, c)
    for share in (0.05, 0.3, 0.6, 0.9, 0.97, 0.995):
        cases[f"truncate-{share}"] = lambda d, s=share: truncate(d, s)
    cases.update({
        "delete-first-page": lambda d: delete_page(d, 0),
        "delete-second-page": lambda d: delete_page(d, 1),
        "delete-contents": lambda d: delete_contents(d, 2),
        "delete-font": delete_font,
        "delete-pages": lambda d: delete_typed(d, b"/Pages"),
        "delete-catalog": lambda d: delete_typed(d, b"/Catalog"),
        "garble-xref": garble_xref,
        "remove-xref": remove_xref,
        "wrong-startxref": wrong_startxref,
        "remove-trailer": remove_trailer,
        "root-nowhere": root_nowhere,
        "page-tree-cycle": page_tree_cycle,
        "kid-nowhere": kid_nowhere,
        "wrong-count": wrong_count,
        "nested-arrays-200000": lambda d: nested_arrays(d, 200_000),
        "nested-arrays-50": lambda d: nested_arrays(d, 50),
        "nested-metadata-200000": lambda d: nested_metadata(d, 200_000),
        "nested-content-200000": lambda d: nested_content(d, 200_000),
        "blank-page": add_blank_page,
        "image-page": add_image_page,
        "all-images": all_images,
        "all-blank": all_blank,
        "empty-file": lambda d: b"",
        "header-only": lambda d: d[:9],
    })
    return cases


def break_media_box(data: bytes, index: int, seed: int) -> bytes:
    """Letters flipped into the numbers of page ``index``'s MediaBox (offsets kept): the box no longer reads."""
    chance = random.Random(seed)
    match = objects(data)[page_objects(data)[index]]
    box = re.search(rb"/MediaBox \[([^\]]*)\]", match.group(0))
    start = match.start() + box.start(1)
    out = bytearray(data)
    for position in range(start, match.start() + box.end(1)):
        if chr(out[position]).isdigit() and chance.random() < 0.5:
            out[position] = ord(chance.choice("abcdefxyz"))
    return bytes(out)
