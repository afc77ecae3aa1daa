"""Clean text: lines become paragraphs and list items, line-break hyphens resolved.

A line-end hyphen is kept or dropped by the document's own vocabulary first: if
the hyphenated word occurs inside a line elsewhere it is a real hyphen
("KIS-meerjarenprogramma"); if the joined word does, it was a break
("re-" + "latie" → "relatie").  Failing both, a Dutch word list decides: a
joined word it knows was broken; two parts it knows ("pdf-" + "document") are a
hyphenated compound; anything else is joined.  A typesetter that never breaks
words (no part before a line-end hyphen is less than a word, "meerja-") leaves
only the author's hyphens at line ends: each is kept ("diversiteit-" +
"sensitieve", though the document writes "diversiteitsensitieve" elsewhere).
One odd part ("co-" + "financiering": a prefix, no word by itself) is no habit
of breaking words, though a part that is no word before a hyphen whose joined
word the document prints ("meerja-" + "renprogramma") was broken all the same;
a part without a vowel is no syllable, so no typesetter breaks after it: a
lower-case abbreviation, its compound keeps the hyphen ("bpv-" + "plaats").
Nor is a hyphen in a web address, or in a compound the word list spells with
it ("bottom-up"), a sign of breaking words; either is kept.  A typesetter that
marks its breaks apart from the author's hyphens (a soft hyphen; "‐", U+2010:
extract.pdf.hyphens) leaves the author's alone at line ends.  One that breaks
words with the author's "-" breaks them only where Dutch hyphenation allows
("wet-" + "en regelgeving" is no "weten"); two words either side of such a
break, neither the compound nor the joined word printed elsewhere, are a guess
(:func:`hyphen_reading`), named in the quality report.
A compound printed once without the hyphen the document prints it with in other
lines, and no word by itself, gets the hyphen back (a glyph the PDF lost).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import chain, pairwise

from ..settings import Range, Settings, resolve
from .hyphens import breaks_at, forget_hyphenation_patterns
from .model import Document, Line, Word

_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)
# What a word processor carries to the next line after a word cut at the margin, glued to it: a stop, a comma,
# a domain's dot (".nl").
_GLUED_PUNCTUATION = (".", ",", ";", ":", "!", "?", ")")
_CLOSED = re.compile(r"([^\W\d_][\w’'-]*)[.,;:!?)]")  # a word and the punctuation mark right after it
_SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class TextSettings(Settings):
    # A list item starts with a bullet, a dash, "1." / "(1)" or "a." / "(a)"; the groups name marker and text.
    list_marker: str = r"^(?P<marker>[•▪◦●\-–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?P<rest>.*)$"
    # These markers open a list item only after a finished sentence; else they are an aside.
    dashes: tuple[str, ...] = ("-", "–")
    # A line at most this many line pitches below the last one continues its paragraph.
    paragraph_gap: float = 1.15
    limits = {"paragraph_gap": Range(above=0)}


@dataclass
class Block:
    kind: str  # paragraph | list_item | table
    text: str
    page: int
    marker: str | None = None
    table_id: str | None = None
    # Words whose reading is a guess, each "as read / the other reading" (:func:`guessed_cuts`,
    # :func:`guessed_hyphens`): what an auditor checks on the page.
    guessed_words: tuple[str, ...] = ()

    def render(self) -> str:
        if self.kind == "table":
            return f"[tabel: {self.table_id}]"
        return f"{self.marker} {self.text}" if self.marker else self.text


class Vocabulary(Counter):
    """Words as printed inside lines, lower case, and whether the typesetter breaks words at line ends.
    The words that end lines are counted apart (:func:`printed`): one there may be a piece of a word the
    line broke."""

    breaks_words: bool = True
    line_ends: Counter | None = None
    line_starts: Counter | None = None  # the first words of lines of two words or more
    closed: Counter | None = None  # words a punctuation mark follows ("ontwikkeling." "ontwikkeling,")
    # Words ending lines with a hyphen inside them, three letters or more after it, broken again ("pabo-stu-"): the
    # document hyphenates there.  Not in a web address, whose hyphens stand for spaces.
    hyphened_ends: Counter | None = None
    # Two words side by side on a line ("contact en"), the second of three letters or fewer: the rests of a word
    # cut at a cell's edge that are words too are short (:func:`_broken_inside`).
    pairs: Counter | None = None


def printed(vocab: Counter, word: str) -> int:
    """How often the document prints ``word`` (lower case): inside lines, or ending one.  A word too long
    for any line of a narrow column stands alone on its lines, so always ends one (LibreOffice look 8233:
    "antidiscriminatiebeleid" in columns of 21 letters)."""
    return vocab[word] + (getattr(vocab, "line_ends", None) or Counter())[word]


def printed_inside_lines(vocab: Counter, word: str) -> int:
    """How often the document prints ``word`` (lower case) with words before and after it on its line: where no
    piece of a word cut at a line's end stands."""
    return vocab[word] - (getattr(vocab, "line_starts", None) or Counter())[word]


# A typesetter breaks words when at least this share of the hyphens at its line ends
# follow a part that is no word ("meerja-" / "renprogramma"), the word most often
# before one set aside: a hyphenating one splits about every other word so; one that
# never does still has the odd URL broken at a hyphen, or one prefix ("co-" + "financiering").
BREAKING_SHARE = 0.1
# Entries of the word list with a hyphen after the same first part that make it a part Dutch sets a hyphen after.
_HYPHENED_ENTRIES = 10
_VOWELS = frozenset("aeiouy")
# A word that a hyphen, three letters or more and a line's end break twice ("pabo-stu-").
_BROKEN_AFTER_HYPHEN = re.compile(r"-[^\W\d_]{3,}-$")


def vocabulary(lines: Iterable[Line]) -> Vocabulary:
    """Words as printed inside lines (never the last word of a line), lower case."""
    lines = list(lines)
    words, words.line_ends, words.line_starts, words.closed = Vocabulary(), Counter(), Counter(), Counter()
    words.pairs, words.hyphened_ends = Counter(), Counter()
    for line in lines:
        tokens = [token.lower() for word in line.words for token in _WORD.findall(word.text)]
        words.pairs.update(f"{a} {b}" for a, b in pairwise(tokens) if len(b) <= 3)
        for word in line.words[:-1]:
            if "@" in word.text:
                continue  # an e-mail address's parts are no words the text prints ("info@verweyjonker.nl")
            for token in _WORD.findall(word.text):
                words[token.lower()] += 1
                if "-" in token:  # the parts of a compound are words too
                    words.update(part.lower() for part in token.split("-") if part)
        if line.words:
            words.line_ends.update(token.lower() for token in _WORD.findall(line.words[-1].text))
            if not _web_address(line.words[-1].text):
                words.hyphened_ends.update(token.lower() for token in _WORD.findall(line.words[-1].text)
                                           if _BROKEN_AFTER_HYPHEN.search(token))
        words.closed.update(match.group(1).lower() for word in line.words for match in _CLOSED.finditer(word.text))
        if len(line.words) > 1:
            words.line_starts.update(token.lower() for token in _WORD.findall(line.words[0].text))
    if any(line.words and line.words[-1].text.endswith(_SOFT_HYPHEN) for line in lines):
        # The typesetter marks the words it breaks (extract.pdf.hyphens): the hyphens lines end in are the author's.
        words.breaks_words = False
        return words
    breaks = [_line_end_break(a, b) for a, b in zip(lines, lines[1:], strict=False)]
    breaks = [b for b in breaks if b]
    if breaks:
        words.breaks_words = _breaks_words(breaks, words)
    return words


def _breaks_words(breaks: list[tuple[str, str]], words: Counter) -> bool:
    """Whether the (part, word after) around the hyphens at line ends show a typesetter that breaks words:
    with the part that is no word most often set aside, at least ``BREAKING_SHARE`` of the other hyphens
    still follow a part that is no word (and could be a syllable), in no compound the word list knows
    with its hyphen ("bottom-" + "up"), or break a word the document prints whole
    (:func:`_broken_where_printed_whole`)."""
    dictionary, broken = dutch_words(), Counter()
    for head, tail in breaks:  # the word list is asked until the share is reached, not about every head
        if dictionary.hyphened_after(head) >= _HYPHENED_ENTRIES and _known(tail, words):
            # A first part the language sets a hyphen after ("anti-", "co-"), before a word, may be the author's,
            # whatever the document prints elsewhere: LibreOffice look 9254 never broke a word, but "co-" /
            # "financiering" and "anti-" / "discriminatie" (printed whole elsewhere) made a habit of breaking, and both
            # were published whole.  Not a syllable before no word ("on-" / "derzoek", "na-" / "tuurlijk").
            continue
        if _is_syllable(head) and not words[head] and head not in dictionary and f"{head}-{tail}" not in dictionary \
                or _broken_where_printed_whole(head, tail, words):
            broken[head] += 1
            if broken.total() - max(broken.values()) >= BREAKING_SHARE * len(breaks):
                return True
    odd = max(broken.values(), default=0)
    rest = len(breaks) - odd  # one odd part alone ("co-" + "financiering") shows no habit
    return rest > 0 and broken.total() - odd >= BREAKING_SHARE * rest


def _breaks_between(part: str, tail: str) -> bool:
    """Whether Dutch hyphenation breaks the word ``part`` and ``tail``'s first word make between them (a compound's
    first word: "anti-" / "discriminatie-interventies")."""
    return breaks_at(part + tail.split("-")[0], len(part))


def _broken_where_printed_whole(head: str, tail: str, words: Counter) -> bool:
    """A word the document prints whole inside lines, never with this hyphen, broken where Dutch breaks it, though
    its part is a word too ("zul-" / "len", "fa-" / "se", "bren-" / "gen": LibreOffice look 9123, whose few breaks
    mostly left parts that are words, read as a typesetter that never breaks words: "zul-len" published)."""
    return (printed_inside_lines(words, head + tail) > 0 and not words[f"{head}-{tail}"]
            and breaks_at(head + tail, len(head)))


def _is_syllable(part: str) -> bool:
    """``part`` holds a vowel ("co", "meerja"), so a typesetter may have broken a word after it; a part
    without one ("bpv") is an abbreviation."""
    return not _VOWELS.isdisjoint(unicodedata.normalize("NFD", part.lower()))


def document_vocabulary(document: Document) -> Vocabulary:
    """The vocabulary of the document's body lines, worked out on first use and kept with it."""
    if document.vocabulary is None:
        document.vocabulary = vocabulary(document.lines())
    return document.vocabulary


def _line_end_break(line: Line, following: Line) -> tuple[str, str] | None:
    """The lower-case part before a hyphen that ends ``line`` and the word after it, where a lower-case
    word goes on; not in a web address (its hyphens are its own), nor in a compound the word list spells with its
    hyphens ("up-to-" / "date": LibreOffice look 9254, whose "to" was taken for a part that is no word, so for a
    typesetter that breaks words, and "co-" / "financiering" published whole)."""
    last = line.words[-1].text if line.words else ""
    tokens, tails = _WORD.findall(last), _WORD.findall(following.text)
    if not last.endswith("-") or not tokens or not tails or not following.text[:1].islower() or _web_address(last):
        return None
    compound, tail = tokens[-1].rstrip("-"), tails[0].split("-")[0].lower()
    head = compound.split("-")[-1]
    if not head[:1].islower() or "-" in compound and f"{compound.lower()}-{tail}" in dutch_words():
        return None
    return head, tail


def _web_address(word: str) -> bool:
    """A web address ("https://…", "www.…", "kis.nl/over-…") or an e-mail address."""
    return "://" in word or "www." in word.lower() or "@" in word or _DOMAIN_PATH.search(word) is not None


_DOMAIN_PATH = re.compile(r"\.[a-z]{2,}/")  # a domain followed by a path: "kis.nl/"


class DutchWords:
    """pyspellchecker's Dutch word list (shipped with the package, no download), for ``word in``.

    The list is kept as its JSON text, in UTF-8 bytes, and searched, not loaded as a
    dict: a document asks about a handful of words, and the dict would cost about
    70 MiB and half a second (the text as a str, 13 MiB: one accented letter makes
    Python keep every character in two bytes).
    """

    def __init__(self) -> None:
        resource = files("spellchecker") / "resources" / "nl.json.gz"
        self._text = gzip.decompress(resource.read_bytes())

    @lru_cache(maxsize=4096)  # noqa: B019 - one DutchWords per process (dutch_words() keeps it): no leak
    def __contains__(self, word: str) -> bool:
        # One entry per line, keys in lower case: '"woord": 50,'; a plural's apostrophe typed straight ("thema's":
        # Chromium look 10131 printed "thema’s", taken for no word, and "geselecteerde" / "thema’s" read as one).
        key = word.lower().replace("’", "'")
        return f'\n{json.dumps(key, ensure_ascii=False)}:'.encode() in self._text

    @lru_cache(maxsize=256)  # noqa: B019 - as above
    def hyphened_after(self, first: str) -> int:
        """How many entries of the list set a hyphen after ``first`` ("anti-": 39, "co-": 14, "niet-": 408)."""
        key = json.dumps(first.lower(), ensure_ascii=False)[1:-1].encode()
        return len(re.findall(rb'\n"' + re.escape(key) + rb'-[^"]+":', self._text))

    @lru_cache(maxsize=256)  # noqa: B019 - as above
    def hyphens_compounds_of(self, first: str) -> bool:
        """Whether the list sets a hyphen after ``first`` in its compounds: in ten entries at least, and in twice as
        many as begin with ``first`` joined to more letters ("niet-": "niet-westers", "niet-roker", 408 entries
        against 46 such as "nietig"; "anti-": 39 against 427; "co-": 14 against 4,622)."""
        key = json.dumps(first.lower(), ensure_ascii=False)[1:-1].encode()
        joined = len(re.findall(rb'\n"' + re.escape(key) + rb'[^"\s-][^"]{3,}":', self._text))
        hyphened = self.hyphened_after(first)
        return hyphened >= _HYPHENED_ENTRIES and hyphened >= 2 * joined

    def begins_an_entry(self, start: str) -> bool:
        """Whether an entry of the list begins with ``start`` ("interimcontract": "interimcontract",
        "interimcontracten")."""
        return b'\n"' + json.dumps(start.lower(), ensure_ascii=False)[1:-1].encode() in self._text


@lru_cache(maxsize=1)
def dutch_words() -> DutchWords:
    return DutchWords()


def forget_word_lists() -> None:
    """Let go of the Dutch word list and hyphenation patterns, and of the answers they gave.

    For a process whose reading is done and that reads no other document: on the bundled PDF its
    resident memory falls by some 6 MiB while the checks run.  Asked again, they are loaded again.
    """
    for cached in (dutch_words, DutchWords.__contains__, DutchWords.hyphened_after,
                   DutchWords.hyphens_compounds_of):
        cached.cache_clear()  # the methods' caches hold the list too: it is their first argument
    forget_hyphenation_patterns()


_CONJUNCTIONS = {"en", "of", "als", "tot"}
# Words a title does not end with (Dutch articles, conjunctions, prepositions): a line of a title that
# ends in one goes on.
_OPEN_ENDINGS = _CONJUNCTIONS | {"de", "het", "een", "van", "voor", "op", "in", "met", "naar", "bij", "aan",
                                 "door", "om", "te", "over", "uit", "tegen", "tussen", "na", "onder", "zonder"}


def ends_open(text: str) -> bool:
    """The line ends where a title cannot: in an article, conjunction or preposition, a comma, or a colon
    ("Totaal onderdeel A:" / "Projecten en Impact," / …: what it announces follows)."""
    words = text.rstrip().split()
    return bool(words) and (words[-1].endswith((",", ":")) or words[-1].lower() in _OPEN_ENDINGS)


def join_hyphenated(before: str, after: str, vocab: Counter) -> str:
    """Join two line fragments where ``before`` ends in a hyphen."""
    return hyphen_reading(before, after, vocab)[0]


def hyphen_reading(before: str, after: str, vocab: Counter) -> tuple[str, bool]:
    """Two line fragments joined where ``before`` ends in a hyphen, and whether that reading is a guess: a typesetter
    that breaks words and marks its breaks as the author's hyphens, two words either side of it, neither the
    compound nor the word they make printed elsewhere, and a break the language allows there ("stage-" / "pact":
    "stagepact" or "stage-pact"?).  Dutch writes a compound whole but where two vowels would read as one
    ("data-analyse", "informatie-uitwisseling"), and a typesetter breaks compounds most readily where their
    words meet: the guess follows that (WeasyPrint look 8829, breaking with "-": "stage-" / "pact", "kennis-" /
    "deler", "door-" / "vertaling", all printed whole in the 2023 text, read as compounds with a hyphen and
    published)."""
    if before.endswith(_SOFT_HYPHEN):
        return before[:-1] + after, False
    if (getattr(vocab, "breaks_words", True) and before.split()[-1:] and before.split()[-1].startswith("#")
            and after[:1].isupper()):
        # A hashtag holds no hyphen (one would end it): one going on in a capital was broken by the typesetter
        # ("#DatMeen-" / "JeNiet", LibreOffice look 9246: kept by a guess).  A word after one joins it with a hyphen
        # of the author's ("#MeToo-beweging").
        return before[:-1] + after, False
    head = _WORD.findall(before)[-1] if _WORD.findall(before) else ""
    tail = _WORD.findall(after)[0] if _WORD.findall(after) else ""
    if before.endswith(".-") and _web_address(before.split()[-1]):
        # No name in a web address begins with a hyphen: a typesetter broke the address after its dot ("www.-" /
        # "kis-wijkmonitor.nl", LibreOffice look 9325 of another edition: read "www.-kis-…", named by no guess).
        return before[:-1] + after, False
    if not before.endswith(head):  # no word ends in the hyphen: "€ 25.000,--" / "per jaar"
        return before + after, False
    prefix = head.rstrip("-")
    part = prefix.split("-")[-1]
    kept, joined_text = before + after, before[:-1] + after
    hyphenated, joined = f"{prefix}-{tail}".lower(), f"{prefix}{tail}".lower()
    breaking = getattr(vocab, "breaks_words", True)
    address = _web_address(before.rsplit(maxsplit=1)[-1]) if before.strip() else False
    if tail.lower() in _CONJUNCTIONS:
        # A word broken before a last syllable that is a conjunction ("zo-" / "als", "partij-" / "en"), or a
        # compound's first word, its last left out ("wet- en regelgeving", "groei- en ontwikkelingskansen")?
        if breaking and part and _breaks_between(part, tail) and (
                vocab[joined] or joined in dutch_words() or part.islower() and _compound_of_words(joined, vocab)):
            return _broken_or_left_out(before, after, part, tail, vocab)
        return f"{before} {after}", False
    # The word broken may be a compound's last ("www.kis-wijkmoni-" / "tor.nl", LibreOffice look 9147: the address
    # printed nowhere whole, "wijkmonitor" seven times).
    printed_whole = any(vocab[f"{first}{tail}".lower()] > vocab[f"{first}-{tail}".lower()] for first in {prefix, part})
    if breaking and part and tail and after[:1].isalpha() and printed_whole and _breaks_between(part, tail):
        # A word the document prints whole, more often than with this hyphen, broken where the language breaks it,
        # by a typesetter that breaks words: whatever follows, a capital inside a name ("Nisa4-" / "Nisa"), after
        # letters with no vowel ("LHB-" / "TI’s": Dutch hyphenation breaks there, WeasyPrint look 8857), in a web
        # address too ("www.kis-wijkmo-" / "nitor.nl", WeasyPrint look 8852).  (LibreOffice look 9113: "anti-" /
        # "discriminatie-interventies", printed 15 times whole and once with the hyphen.)
        return joined_text, False
    if (breaking and prefix and tail[:1].isupper() and after[:1].isalpha() and not address and not vocab[joined]
            and not vocab[hyphenated] and _breaks_between(part, tail)):
        # A name's two words, or one name broken ("Relatie-" / "Wijs", "RTL-" / "Nieuws": WeasyPrint look 8847)?
        # Neither printed elsewhere: the hyphen is kept, as a name's ("Zuid-Holland"), by a guess.
        return kept, True
    if (not prefix or not tail or prefix[-1:].isupper() or tail[:1].isupper() or not after[:1].isalpha()
            or address):
        return kept, False
    dictionary = dutch_words()
    # No typesetter breaks a word after a part without a vowel: a lower-case abbreviation, whose
    # compound keeps its hyphen.
    if vocab[hyphenated] > 0 or not _is_syllable(part):
        # A document that prints the word both ways, as often, leaves a breaking typesetter's hyphen a guess
        # ("anti-" / "discriminatie-interventies", LibreOffice look 9123: each form once inside a line).
        return kept, breaking and vocab[hyphenated] > 0 and vocab[joined] > 0
    # One that never breaks words leaves only the author's hyphens at line ends; but a part that is no
    # word, whose joined word the document prints ("meerja-" + "renprogramma"), was broken all the same.
    if not breaking and (not vocab[joined] or _known(part, vocab)):
        return kept, False
    if vocab[joined] > 0:
        return joined_text, False
    if hyphenated in dictionary or _hyphened_elsewhere(part, tail, vocab):
        # A compound the word list spells with its hyphen ("bottom-up"), or the document does, in a word broken again
        # after it: "pabo-stu-" / "denten" beside "pabo-" / "studenten" (LibreOffice look 9249: read as the word
        # list spells it, "pabostudenten", no guess).
        return kept, False
    if joined in dictionary:
        return joined_text, False
    return _compound_or_break(before, after, head, tail, vocab)


def _broken_or_left_out(before: str, after: str, part: str, tail: str, vocab: Counter) -> tuple[str, bool]:
    """A word broken before its last syllable, a conjunction, where Dutch breaks it ("groei-" / "en in een context",
    LibreOffice look 9150; "gooi-" / "en. KIS", look 9155), or a compound's first word before a conjunction, the
    compound's last word left out ("groei- en bloeiproces", "bij- en/of nascholing")?  Left out before a compound,
    past an article, whose last part makes ``part`` a word, and before "/"; not before a sentence's or a clause's
    end.  Else a word the document prints, or one before a short word (a preposition: "groeien in"), is read
    whole; a long word or an article may open a compound the document and the word list do not know: a guess."""
    joined_text, kept, rest = before[:-1] + after, f"{before} {after}", after[len(tail):]
    if rest[:1] == "/":
        return kept, False
    if rest[:1] in _CLAUSE_ENDS:
        return joined_text, False
    words = [word.lower() for word in _WORD.findall(rest)[:3]]
    opened_by_article = bool(words) and words[0] in _ARTICLES
    following = [word for word in words if word not in _ARTICLES][:1]
    # A part of two letters makes a word by chance ("zo-" / "als minder": "mi|nder" makes "zonder").
    if rest[:1].isspace() and following and len(part) > 2 and _compound_completing(part.lower(), following[0], vocab):
        return kept, False
    if vocab[part.lower() + tail.lower()]:
        return joined_text, False
    return joined_text, not rest[:1].isspace() or opened_by_article or not following or len(following[0]) > 4


def _compound_completing(part: str, word: str, vocab: Counter) -> bool:
    """``word`` is a compound whose first word is a word (after its joining "s": "ontwikkelings-") and whose last
    part, four letters or more, makes ``part`` a word: "regel|geving" ("wetgeving"), "ontwikkelings|kansen"
    ("groeikansen"); not "onderzo|ekers" ("zo-" / "als onderzoekers": "zoekers")."""
    return any(_known(part + word[cut:], vocab) and (
        _known(word[:cut], vocab) or word[cut - 1] == "s" and _known(word[:cut - 1], vocab))
        for cut in range(2, len(word) - 3))


def _hyphened_elsewhere(part: str, tail: str, vocab: Counter) -> bool:
    """A line of the document ends in ``part``, a hyphen, and three letters or more that begin ``tail``, broken
    again, and no word of it joins ``part`` to those letters: the document's spelling of the compound ("pabo-stu-"
    for "pabo-" / "studenten"; not "anti-discri-" beside "antidiscriminatie", LibreOffice look 9226: the document
    spells it both ways)."""
    stem = f"{part.lower()}-"
    rests = [word[len(stem):-1] for word in getattr(vocab, "hyphened_ends", None) or ()
             if word.startswith(stem) and tail.lower().startswith(word[len(stem):-1])]
    if not rests:
        return False
    joined = part.lower() + min(rests, key=len)
    return not any(word.startswith(joined) for word in chain(vocab, getattr(vocab, "line_ends", None) or ()))


def _compound_of_words(word: str, vocab: Counter) -> bool:
    """``word`` is two known words, the last of five letters or more: "veld|partijen" (LibreOffice look 9249:
    "veldpartij-" / "en zeer gewaardeerd", the plural unknown to the word list and printed nowhere else inside a
    line, was read as a compound's first word, its last left out: "veldpartij- en zeer", no guess)."""
    return any(_known(word[:cut], vocab) and _known(word[cut:], vocab) for cut in range(3, len(word) - 4))


def _known(word: str, vocab: Counter) -> bool:
    """The document prints ``word`` or the word list has it."""
    return vocab[word.lower()] > 0 or word.lower() in dutch_words()


# What ends a sentence or a clause, right after a word; an article or a possessive before a compound.
_CLAUSE_ENDS = frozenset(".!?;:)")
_ARTICLES = frozenset({"de", "het", "een", "hun", "haar", "zijn", "onze", "ons", "uw", "deze", "die", "dit", "dat"})


def _compound_or_break(before: str, after: str, head: str, tail: str, vocab: Counter) -> tuple[str, bool]:
    """A hyphen at a line's end that neither the document's words nor the word list decide, after a part of a
    word, by a typesetter that breaks words (:func:`hyphen_reading`)."""
    prefix = head.rstrip("-")
    part, hyphenated = prefix.split("-")[-1], f"{prefix}-{tail}".lower()
    kept, joined_text, dictionary = before + after, before[:-1] + after, dutch_words()
    # Where the language breaks no word, the typesetter did not: the author's hyphen, after a word.  (Another
    # hyphenator may break where pyphen's patterns do not, after a compound's joining "s": "erkennings-" /
    # "trajecten", "wervings-" / "tool".)
    part_known = _known(part, vocab)
    if part_known and not _breaks_between(part, tail):
        return kept, False
    # The next line's first word is in the vocabulary by being there: a word of its own is printed inside lines
    # ("ge-" / "dachtengoed" is broken, "pabo-" / "studenten" a compound).
    first = tail.split("-")[0].lower()  # a compound's first word ("werkt" in "werkt-onderzoeken")
    word_after = printed_inside_lines(vocab, first) > 0 or first in dictionary
    # A first word Dutch spelling joins with a hyphen, as the word list shows ("niet-" / "cognitieve", LibreOffice
    # looks 9198, 9200, 9212, 9220: no "nietcognitieve" in the document or the list, read whole by a guess); not
    # into a compound the list spells whole, in any form ("interim-" / "contracten": "interimcontract").
    if part_known and word_after and len(first) >= 4 and part.islower() and dictionary.hyphens_compounds_of(part) \
            and not dictionary.begins_an_entry(part + _PLURAL_ENDING.sub("", first)):
        return kept, False
    ahead = before[:len(before) - len(head) - 1].rstrip()
    inside_a_sentence = bool(ahead) and ahead[-1] not in ".!?:"
    # A name inside a sentence, no word of the word list, before a word longer than the endings a name takes
    # ("TikTok-" / "kers"): Dutch spelling joins a name to a word with a hyphen, where the document prints the name
    # on its own (LibreOffice look 9230: "Movisie-" / "project" read whole by a guess), or joins it to other words
    # with a hyphen ("Instagram-" / "waardig" beside "Instagram-account", LibreOffice look 9161).  Not a piece of a
    # word: "Kennisplat-" / "form" (not printed alone).  A name the word list has ("Roma-" / "beleid") is left to a
    # guess: so are words the document only prints capitalised ("Kamer-" / "brieven", beside "Kamervragen").
    if (part[:1].isupper() and inside_a_sentence and part.lower() not in dictionary and len(first) > 4
            and (word_after or len(first) > 5)
            and (word_after and printed_inside_lines(vocab, part.lower()) > 0
                 or any(word.startswith(f"{part.lower()}-") and not word.endswith("-") for word in vocab))):
        return kept, False
    if part_known and word_after:
        # The author's compounds that go on from this one's first words with a hyphen ("wat-werkt-kennis" beside
        # "wat-werkt-" / "onderzoeken", LibreOffice look 9113) tell the hyphen is theirs: no guess.  Words, not a
        # word: one compound "kennis-uitwisselsessies" says nothing of "kennis-" / "vragers" (WeasyPrint look 8847).
        stem = hyphenated.rsplit("-", 1)[0]  # "wat-werkt" of "wat-" / "werkt-onderzoeken" too
        if "-" in stem and any(word.startswith(f"{stem}-") and not word.endswith("-") for word in vocab if "-" in word):
            return kept, False
        return (kept if _vowels_meet(part, tail) else joined_text), True
    # Inside a sentence a capital heads a name, which Dutch compounds with a hyphen ("Sinti-" / "sleutelfiguren",
    # LibreOffice look 9114), or a name broken ("Plat-" / "formbijeenkomst", "In-" / "stagram-account"): a guess.
    # So is a word before the hyphen ("anti-" / "stagediscriminatiebeleid", a title in look 9114; "ge-" /
    # "dachtengoed").
    return joined_text, part_known or part[:1].isupper() and inside_a_sentence


# A plural's ending, taken off a word to find its compounds in the word list whole.
_PLURAL_ENDING = re.compile(r"(?:en|['’]?s)$")


def _vowels_meet(part: str, tail: str) -> bool:
    """``part`` ends in a vowel and ``tail`` begins with one that together read as one sound, where Dutch spelling
    sets a compound's hyphen ("data-analyse", "informatie-uitwisseling"; not "actieorganisatie"); accents aside."""
    meeting = "".join(unicodedata.normalize("NFD", letter.lower())[0] for letter in (part[-1], tail[0]))
    return meeting in _VOWELS_AS_ONE


# Two vowels Dutch reads as one sound, which its compounds keep apart with a hyphen (de Woordenlijst, leidraad 6).
_VOWELS_AS_ONE = frozenset({"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"})


def guessed_hyphens(texts: list[str], vocab: Counter) -> list[str]:
    """The hyphens ending ``texts`` (a paragraph's lines) read by a guess (:func:`hyphen_reading`), each judged on
    the text joined up to it, as :func:`join_wrapped` judges it (a web address over three lines): each as
    "read / the other reading" ("RTL-Nieuws / RTLNieuws")."""
    guessed, text = [], ""
    for part in texts:
        part = part.strip()
        if text.endswith("-") and not text.endswith((" -", ",-")):
            reading, guess = hyphen_reading(text, part, vocab)
            if guess:
                guessed.append(_readings_at_hyphen(text, part, reading))
        text = join_wrapped([text, part], vocab) if text else part
    return guessed


def _readings_at_hyphen(before: str, after: str, reading: str) -> str:
    """The words either side of ``before``'s last hyphen as ``reading`` gives them, and the other way to read them:
    with the hyphen, without it, or a compound's first word apart ("groei- en")."""
    head, tail = before.rsplit(maxsplit=1)[-1], _bare(after.split(maxsplit=1)[0]) if after.split() else ""
    start = len(before) - len(head)
    read = reading[start:len(reading) - len(after) + len(tail)]
    joined = f"{head[:-1]}{tail}"
    kept = f"{head} {tail}" if tail.lower() in _CONJUNCTIONS else f"{head}{tail}"
    return f"{read} / {kept if read == joined else joined}"


def join_lines(texts: list[str], vocab: Counter, cell: bool = False, cut: frozenset[int] = frozenset()) -> str:
    """Lines of running text as one: line-break hyphens resolved, compounds given their usual hyphen."""
    return _WORD.sub(lambda m: restore_hyphen(m.group(0), vocab), join_wrapped(texts, vocab, cell, cut))


def join_wrapped(texts: list[str], vocab: Counter, cell: bool = False, cut: frozenset[int] = frozenset()) -> str:
    """Lines of one title or paragraph joined where they were broken: at a space, or inside a word; where a word
    too wide for its line was broken without a hyphen (:func:`_broken_inside`), in a table's ``cell``, or after
    a line of that one word (LibreOffice look 8201, two narrow columns: "klankbordgroepen/expertmeeting" /
    "s en participatie").  ``cut``: the indexes of lines of one word the layout shows cut at the margin
    (:func:`cut_at_margin`); the line after one goes on the word, or its punctuation does ("diversiteitsensitiviteit"
    / ". Voortbouwend …")."""
    text, one_word = "", False
    for index, part in enumerate(texts):
        part = part.strip()
        after_one_word, one_word = one_word, " " not in part
        if index - 1 in cut and (part[:1] in _GLUED_PUNCTUATION or _cut_after_a_full_stop(text, part)):
            text = text + part
            continue
        if not text:
            text = part
        elif text.endswith(("-", _SOFT_HYPHEN)) and not text.endswith((" -", ",-")):
            text = join_hyphenated(text, part, vocab)  # ",-" ends an amount ("€ 25.000,-"), not a word
        elif text.endswith(" -") and text[:-2].rsplit(" ", 1)[-1].lower() in _CONJUNCTIONS and part[:1].isalpha():
            text = text + part  # "… en -" + "ontwikkeling": a compound's first part left out ("en -ontwikkeling")
        elif text.endswith("/") and not text.endswith(" /"):
            text = text + part  # "en/" + "of": a line broken after a slash inside a word
        elif part.startswith("/") and _web_address(text.rsplit(" ", 1)[-1]):
            text = text + part  # a web address broken before a slash (LibreOffice look 9073 in another edition)
        elif index - 1 in cut and _web_address(text.rsplit(" ", 1)[-1]) and text[-1:].isalnum() \
                and _ADDRESS_GOES_ON.match(part):
            text = text + part  # a web address too wide for its line, broken inside a word of it (LibreOffice
            # look 9008, monospaced: "https://www.clingendael.org/publicati" / "on/long-term-protection-…")
        elif _TOP_LEVEL_DOMAIN.match(part) and _cut_after_a_full_stop(text, part):
            text = text + part  # a web address broken after its name (LibreOffice look 8597, justified: "… website
            # maatschappelijkestabiliteit." / "nl. • Artikelen …"); not "bijv." / "net als …"
        elif (cell or after_one_word or index - 1 in cut) and _broken_inside(
                text, part, vocab, too_wide=after_one_word, at_margin=index - 1 in cut):
            text = text + part
        else:
            text = f"{text} {part}"
    return text


# A web address's rest: lower case or digits up to a separator of its parts, no space before it.
_ADDRESS_GOES_ON = re.compile(r"[a-z0-9._~%]*[/?=&#-]\S")
# The domains a Dutch document's web addresses end in, none a Dutch word: a line that begins with one after a
# line ending in a full stop goes on a web address.
_TOP_LEVEL_DOMAIN = re.compile(r"(?:nl|com|org|eu)(?![\w-])")


def _cut_after_a_full_stop(before: str, after: str) -> bool:
    """A word cut at the margin right after a full stop inside it goes on in lower case: a web address
    ("maatschappelijkestabiliteit." / "nl.", LibreOffice look 8285); after a sentence's full stop the next
    one starts in a capital."""
    return before.endswith(".") and before[-2:-1].isalpha() and after[:1].islower()


def _ends_in_a_word(text: str, starting_before: int) -> bool:
    """A word of the word list, of four letters or more, ends ``text`` and starts before its letter
    ``starting_before``."""
    words = dutch_words()
    return any(text[start:] in words for start in range(min(starting_before, len(text) - 3)))


def _ends_inside_a_word(head: str, tail: str) -> bool:
    """The piece ``head`` ends in no word of four letters or more, and the word it makes with ``tail`` ends in one
    that starts inside ``head``: the cut fell inside a word ("ontwikkelmogelijkhed" / "en": "mogelijkheden",
    LibreOffice look 8288).  A compound that ends in a word ("ontwikkelbijeenkomst" / "en") may be whole."""
    return not _ends_in_a_word(head, len(head)) and _ends_in_a_word(head + tail, len(head) - 1)


# A conjunction or "de" right before a full stop ends no sentence: the line's first letters end the word cut at
# the margin above ("samenwerkingsverband" / "en. Het opzetten", LibreOffice look 8361).  Before a comma it may
# ("opgeven en, 2) de omvang", 2023), and "het" or "een" may end one ("we doen het.").
_VOWEL = re.compile(r"[aeiouyáéíóúäëïöü]")
_STOP_AFTER_A_FUNCTION_WORD = re.compile(rf"^(?:{'|'.join(sorted(_CONJUNCTIONS | {'de'}))})[.;]")


def _broken_inside(before: str, after: str, vocab: Counter, too_wide: bool = False, at_margin: bool = False) -> bool:
    """A table cell's line ``before`` ends and ``after`` starts with a piece of one word, broken without a
    hyphen: a word too wide for the cell, which a word processor then breaks anywhere
    ("Communicatieadviseu" / "r", "Netwerkbijeenkomsten/contacte" / "n partners.": LibreOffice look 8156, A5).
    The first piece is no word (the word list: a table prints such pieces inside lines, beside their
    values), or it stood alone on a line too narrow for it (``too_wide``: "expertmeeting" / "s en …" is a word
    too); the second is no word either (the word list holds every letter: of single letters only "u" is one),
    with the word they make printed elsewhere in the document or the first piece cut at the margin
    (``at_margin``: :func:`cut_at_margin`), or is a letter or two alone (a word of two letters alone, only
    when the word they make is printed elsewhere).  Two words stay two ("toolbox" / "en", "tools/instrumenten"
    / "en").  A piece cut at the margin goes on with whatever follows when the document prints the word they
    make: the rest may be a word by itself (look 8233: "levensgebieden/domein" / "en met", "(onderwijs)profession"
    / "als en", "antidiscriminatiebele" / "id."), and a title set in capitals is cut in capitals
    ("NETWERKONTWIKKELIN" / "G")."""
    capitals = before[-1:].isupper() and after[:1].isupper() and after.split(" ", 1)[0].isupper()
    if not (before[-1:].isalpha() and (after[:1].islower() or capitals)):
        return False
    head, tail = _WORD.findall(before)[-1].lower(), _WORD.findall(after)[0].lower()
    if not (before.lower().endswith(head) and after.lower().startswith(tail)):
        return False
    if at_margin and (printed(vocab, head + tail) > 0 or len(tail) <= 3 and printed_inside_lines(vocab, tail) == 0
                      or _ends_inside_a_word(head, tail) or _STOP_AFTER_A_FUNCTION_WORD.match(after)):
        # A rest of three letters or fewer that the document never prints inside a line is a word's last letters
        # ("diversiteitssensitivite" / "it.", "afhankelijkheidssituati" / "es": LibreOffice looks 8260, 8288);
        # Dutch words that short are the function words any werkplan prints everywhere ("en", "de", "bij").
        return True
    if capitals:
        return False
    alone = after == tail and len(tail) <= 2
    words = dutch_words()  # the word list after the questions of the line's own letters: the slowest
    if len(head) >= 4 and head not in words and head + tail in words:
        # A piece of no word that makes one with the next line's first goes on, though the rest is a word too
        # (LibreOffice look 9023 in another edition, A5: the Gantt label "Netwerkbijeenkomsten/contac" / "ten
        # partners.").
        return True
    if too_wide and len(tail) <= 3 and printed(vocab, head + tail) >= 2 and not (
            getattr(vocab, "pairs", None) or {}).get(f"{head} {tail}"):
        # A line of one word whose last piece makes a word the document prints with the next line's first, a short
        # word it never prints after the piece: a word too wide for its cell, cut at the edge (LibreOffice looks
        # 8501, 8511, 8515: the Gantt label "Netwerkbijeenkomsten/contact" / "en partners.", "contacten" printed
        # 19 times in the text, "contact en" never).  A longer rest is a word of its own ("Project" /
        # "ondersteuning", a label the document prints both ways).
        return True
    # A letter alone after a piece of one line that ends in no word, the two ending in one ("…achtergron" / "d en /
    # of": "achtergrond", LibreOffice look 8570, justified, the piece 7 points short of the margin): a word's end.
    last_letter = len(tail) == 1 and _ends_inside_a_word(head, tail)
    if not (alone or at_margin or last_letter or vocab[head + tail]):
        return False
    # A piece of no vowel is no word, though the word list has it as an abbreviation ("Projectondersteuni" /
    # "ng", look 9023's every table in three).
    no_word = len(tail) == 1 and tail != "u" or tail not in words or not _VOWEL.search(tail)
    # A word of two letters alone on its line ("en") goes on the text unless the word it makes is printed
    # elsewhere: look 8268's Gantt label "tools/instrumenten" / "en" / "praktijkvoorbeelden."
    return (too_wide or head not in words) and (alone and (no_word or vocab[head + tail] > 0) or no_word)


def restore_hyphen(word: str, vocab: Counter) -> str:
    """A compound printed once without the hyphen the document prints it with elsewhere, and no
    word by itself ("antidiscriminatieinterventies" where "antidiscriminatie-interventies" stands
    in other lines: a hyphen glyph the PDF lost), gets its hyphen back."""
    lower = word.lower()
    if "-" in word or vocab[lower] > 1 or not vocab:
        return word
    for cut in range(2, len(word) - 1):
        if vocab[f"{lower[:cut]}-{lower[cut:]}"] > 1:
            # The word list last: it is asked only about such a compound, not every word printed once.
            return word if lower in dutch_words() else f"{word[:cut]}-{word[cut:]}"
    return word


def line_pitch(lines: list[Line]) -> float:
    """The usual distance between the tops of consecutive body lines."""
    gaps = Counter()
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and 0 < b.top - a.top < 3 * a.size:
            gaps[round(b.top - a.top)] += 1
    return float(gaps.most_common(1)[0][0]) if gaps else 14.0


def set_small(word: Word, line: Line) -> bool:
    """The word is set smaller than its line: a superscript, such as a footnote's reference mark."""
    return word.size < line.size - 1


def cut_at_margin(lines: list[Line]) -> frozenset[int]:
    """The indexes of ``lines`` (a paragraph's) that hold one word (after a list item's mark) reaching as far
    right as the paragraph's other lines in its column do at the most, or further, within a letter's width (its
    own letters', or the next line's first word's, where the letter that did not fit went), with a line after
    it: a word too wide for its line, which a word processor cuts where the line ends (LibreOffice look 8233,
    12 pt monospaced text in A5 columns of 21 letters: "ontwikkelbijeenkomste" / "n de input uit",
    "diversiteitsensitiviteit" / ". Voortbouwend").  A word that fits stands on its line as far as it
    reaches, mostly short of the others."""
    cut = set()
    for index, line in enumerate(lines[:-1]):
        marked = index == 0 and len(line.words) == 2 and len(line.words[0].text) <= 3 \
            and not line.words[0].text.isalnum()  # "•", "–", "a."
        words = line.words[1:] if marked else line.words
        if len(words) != 1:
            continue
        # The lines of its column: beginning where it does (within two sizes: indents), but for a line much wider
        # than most (read across the page).
        column = [(other, 0.0) for other in lines if other is not line and abs(other.x0 - line.x0) <= 2 * line.size]
        if not column:
            # The paragraph goes on in the next column: its lines there, moved by where their text starts and
            # this line's does ("• communicatieondersteuni" / "ng bij de organisaties", LibreOffice look 8260).
            column = [(other, words[0].x0 - other.x0) for other in lines if other is not line]
        if not column:
            continue
        # A full line's width: of lines of more words, not the paragraph's last.  Narrow columns set many lines of
        # one word, short of the margin, which make no measure of it (WeasyPrint look 8585, "JEP, ESS, SSV en de"
        # / "website" / "maatschappelijke" / "stabiliteit.": the first line was left out as read across the page).
        full = [other for other, _ in column if len(other.words) > 1 and other is not lines[-1]]
        usual = statistics.median(other.x1 - other.x0 for other in full or [other for other, _ in column])
        ends = [other.x1 + shift for other, shift in column if other.x1 - other.x0 <= 1.5 * usual]
        # The letter that did not fit is the next line's first: as wide as its word's letters are, or this one's
        # (LibreOffice look 8820, justified: "klankbordgroepen/expert", its letters 6.1 points wide, 6.1 short of
        # the margin, before "meetings", 6.4 points a letter; read as two words, published), or wider: an "m" of a
        # proportional font is 1.6 letters of its word (Chromium look 10022, ragged: the same cut 7.4 points
        # short of the paragraph's longest line, 6.3 a letter).
        letter = _WIDEST_LETTER * max(_letter_width(words[0]), _letter_width(lines[index + 1].words[0]))
        if line.x1 - line.x0 >= 0.8 * usual and ends and words[0].x1 >= max(ends) - letter:
            cut.add(index)
    return frozenset(cut)


# The widest letter ("m", "w") against a word's letters on average.
_WIDEST_LETTER = 1.6


def _letter_width(word: Word) -> float:
    return (word.x1 - word.x0) / max(len(word.text), 1)


def _texts_with_marks_carried_back(lines: list[Line]) -> list[str]:
    """The lines' texts, a reference mark that starts a line (figures set small: "‘alledaagse attentheid’." /
    "17 Wat betekent") put back after the word it marks, at the end of the line before: the typesetter
    carried it over the line end, but a mark follows its word."""
    texts: list[str] = []
    for line in lines:
        first = line.words[0]
        if texts and len(line.words) > 1 and first.text.isdigit() and set_small(first, line):
            texts[-1] += first.text
            texts.append(" ".join(w.text for w in line.words[1:]))
        else:
            texts.append(line.text)
    return texts


def _continues_over_page(previous: list[Line], line: Line) -> bool:
    last = previous[-1].text.rstrip()
    return line.text[:1].islower() or not last.endswith((".", "!", "?", ":", ";"))


def blocks_from_lines(lines: list[Line], pitch: float, vocab: Counter,
                      settings: TextSettings | dict | None = None) -> list[Block]:
    """Paragraphs and list items from a run of body lines in reading order."""
    conf = resolve(TextSettings, settings)
    list_marker = re.compile(conf.list_marker)
    groups: list[tuple[str, str | None, list[Line]]] = []
    for line in lines:
        marker = list_marker.match(line.text)
        if marker and marker.group("marker") in conf.dashes and groups:
            # A dash opens an item only after a finished sentence; else it is an aside.
            if not groups[-1][2][-1].text.rstrip().endswith((".", ":", ";", "!", "?")):
                marker = None
        if marker and groups and marker.group("marker")[:1].islower() \
                and len(groups[-1][2]) - 1 in cut_at_margin([*groups[-1][2], line]):
            marker = None  # a word's last letter, its line cut at the margin ("arbeidsmarktdiscriminati" / "e.")
        if groups:
            kind, mark, members = groups[-1]
            last = members[-1]
            if line.page != last.page:
                same = not marker and _continues_over_page(members, line)
            else:
                indented = kind == "list_item" and line.x0 > members[0].x0 + 3
                same = not marker and (line.top - last.top <= pitch * conf.paragraph_gap or indented)
            if same:
                members.append(line)
                continue
        if marker:
            groups.append(("list_item", marker.group("marker"), [line]))
        else:
            groups.append(("paragraph", None, [line]))
    blocks = []
    for kind, mark, members in groups:
        texts = _texts_with_marks_carried_back(members)
        if mark:
            texts[0] = list_marker.match(texts[0]).group("rest")
        cut = cut_at_margin(members)
        blocks.append(Block(kind=kind, text=join_lines(texts, vocab, cut=cut), page=members[0].page, marker=mark,
                            guessed_words=(*guessed_cuts(texts, cut, vocab), *guessed_hyphens(texts, vocab))))
    return blocks


def guessed_cuts(texts: list[str], cut: frozenset[int], vocab: Counter) -> list[str]:
    """The lines ``cut`` at the margin (:func:`cut_at_margin`) stay apart from the next line, though
    both readings make words: the word the piece ends in goes on as a word with the next line's first
    ("antidiscriminatievoorziening" / "en": "voorzieningen", LibreOffice look 8287; "samenwerkingsverband" /
    "en."), and the document prints neither the word they make nor the piece as a whole word elsewhere: inside a
    line, or with a punctuation mark after it.  Two words or one is then a guess; a piece printed whole elsewhere
    is a word the document uses ("identiteitsontwikkeling" / "en" in look 8233, "identiteitsontwikkeling." on
    other pages).  Each as "read / the other reading" (:func:`_readings_at_cut`)."""
    guessed = []
    for index in sorted(cut):
        if index + 1 >= len(texts):
            continue
        word, rest = texts[index].strip(), texts[index + 1].strip()
        if not (word[-1:].isalpha() and rest[:1].islower() and _WORD.findall(word) and _WORD.findall(rest)):
            continue
        head, tail = _WORD.findall(word)[-1].lower(), _WORD.findall(rest)[0].lower()
        apart = join_wrapped([word, rest], vocab, cut=frozenset({0})) == f"{word} {rest}"
        whole_elsewhere = vocab[head] + (getattr(vocab, "closed", None) or Counter())[head]
        if apart and not whole_elsewhere and _last_part_goes_on(head, tail):
            guessed.append(_readings_at_cut(word, rest))
    return guessed


def _readings_at_cut(word: str, rest: str) -> str:
    """A line's last word and the next line's first, read apart, and the word they make."""
    last, first = word.split()[-1], _bare(rest.split()[0])
    return f"{last} {first} / {last}{first}"


def _bare(token: str) -> str:
    """A word as printed, without the punctuation or closing quote after it."""
    return token.rstrip("".join(_GLUED_PUNCTUATION) + "]’'\"")


_ITEM_NUMBER = re.compile(r"^(?:\d+[.)]|[•–-])\s+")


def guessed_cell_cuts(texts: list[str], vocab: Counter) -> list[str]:
    """The lines of a table cell's ``texts`` that hold one word (after an item's number) stay apart from the
    next line, though the word they make is printed in the document and the piece's last word goes on as a word
    with the next line's first: a word too wide for the cell cut at its edge without a hyphen, or a word that
    fits with the next one wrapped.  The cell's edge cannot tell them apart (LibreOffice look 8316's Gantt label
    "Netwerkbijeenkomsten/contact" / "en partners.", the document printing both "contact" and "contacten"): a
    guess, published as read before, where the document's own use does not decide (:func:`_broken_inside`).
    Each as "read / the other reading"; a cell's line-end hyphens read by a guess too."""
    guessed = guessed_hyphens(texts, vocab)
    for before, after in pairwise(texts):
        word, rest = _ITEM_NUMBER.sub("", before.strip()), after.strip()
        if " " in word or not (word[-1:].isalpha() and rest[:1].islower() and _WORD.findall(word)
                               and _WORD.findall(rest)):
            continue
        head, tail = _WORD.findall(word)[-1].lower(), _WORD.findall(rest)[0].lower()
        apart = join_wrapped([word, rest], vocab, cell=True) == f"{word} {rest}"
        if apart and printed(vocab, head + tail) > 0 and _last_part_goes_on(head, tail):
            guessed.append(_readings_at_cut(word, rest))
    return guessed


def _last_part_goes_on(head: str, tail: str) -> bool:
    """The last word (of four letters or more) ``head`` ends in, with ``tail`` after it, is a word too:
    "…voorziening" + "en" ("voorzieningen"), not "…componenten" + "en" (whose "tenen" starts further on)."""
    words = dutch_words()
    last = next((start for start in range(len(head) - 3) if head[start:] in words), None)
    return last is not None and any((head + tail)[start:] in words for start in range(last + 1))
