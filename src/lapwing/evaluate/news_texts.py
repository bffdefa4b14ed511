"""The texts of the ``news-audit`` and ``news-heldout`` gold sets, rebuilt at run time from the
development data.

The sets' texts are never stored in the repository: a manifest (``data/news_audit.articles.tsv``,
``data/news_heldout.articles.tsv``) names each article (its id, the corpus it comes from and a hash of its text) and this module
rebuilds the texts from the data folder (``../shared/data``):

- ``gum``: a GUM Wikinews ``news`` document, ``gum-ccby/<id>.conllu``. Its text is its
  ``# text =`` lines, joined by a space within a paragraph (a ``# newpar`` line starts one) and by
  a blank line between paragraphs; its date is ``# meta::dateCreated``, its title
  ``# meta::title``;
- ``event-location``: a sentence of ``event-location/labeled_text.jsonl.zip``. Each distinct text
  is read once, under the first record giving it whose ``_id`` holds a date (``..._YYYYMMDD.``);
  the article id is ``EL_`` + that ``_id`` (spaces trimmed) and the date is the one in it;
- ``muc4``: a MUC-4 news-wire document of ``muc4/test.json`` (the key is the article id). Its
  text is the document's ``doc`` with each paragraph's wrapped lines joined by a space and
  paragraphs (blank-line separated) joined by a blank line. The GRIT copy has lost the
  datelines, so the date is recovered from the text (:func:`muc4_date`); a document with none
  is not dated and cannot be in a manifest.

A text whose hash differs from the manifest's (the data changed) is an error naming the manifest
line, so the gold readings are never scored against other texts.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .locations import read_event_location_records

#: The manifest of the set's articles, shipped with the package.
MANIFEST = Path(__file__).with_name("data") / "news_audit.articles.tsv"
#: The manifest of the held-out set (``news-heldout``): texts the first audit did not use.
HELDOUT_MANIFEST = Path(__file__).with_name("data") / "news_heldout.articles.tsv"
MANIFEST_COLUMNS = ("article_id", "corpus", "part", "text_sha1")
CORPORA = ("gum", "event-location", "muc4")
GUM_FOLDER = "gum-ccby"
EVENT_LOCATION_FILE = Path("event-location") / "labeled_text.jsonl.zip"
EVENT_LOCATION_PREFIX = "EL_"
MUC4_FILE = Path("muc4") / "test.json"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = "|".join(m for name in _MONTHS for m in (name, name[:3]))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({_MONTH})\b(?: (\d{{4}}))?", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[89]\d)\b")
_DATED_ID = re.compile(r"_(\d{8})\.")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One article of the set: where its text comes from and the hash that text must have."""

    article_id: str
    corpus: str
    part: str
    text_sha1: str
    line: int


def text_hash(text: str, *, length: int = 12) -> str:
    """The first ``length`` hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def sentence_hash(text: str) -> str:
    """A short hash of a sentence reduced to lower-case words: spacing and punctuation aside."""
    return text_hash(" ".join(_WORD.findall(text.lower())), length=10)


def read_manifest(path: str | Path = MANIFEST) -> list[ManifestEntry]:
    """The manifest's entries, checked field by field (errors name the file, line and field)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc}", path=str(path), reason="missing_file") from None
    if not lines or tuple(lines[0].split("\t")) != MANIFEST_COLUMNS:
        raise InputError(f"the header must be {' '.join(MANIFEST_COLUMNS)} (tab-separated)",
                         path=str(path), line=1, reason="bad_manifest")
    entries: list[ManifestEntry] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != len(MANIFEST_COLUMNS):
            raise InputError(f"expected {len(MANIFEST_COLUMNS)} tab-separated cells, got {len(cells)}",
                             path=str(path), line=number, reason="bad_manifest")
        entry = ManifestEntry(*cells, line=number)
        if entry.corpus not in CORPORA:
            raise InputError(f"must be one of {', '.join(CORPORA)}, not {entry.corpus!r}", path=str(path),
                             line=number, field="corpus", reason="bad_manifest")
        if entry.article_id in seen:
            raise InputError(f"duplicate article id {entry.article_id!r}", path=str(path), line=number,
                             field="article_id", reason="bad_manifest")
        seen.add(entry.article_id)
        entries.append(entry)
    return entries


def read_news_audit_articles(data_folder: str | Path, *,
                             manifest: str | Path = MANIFEST) -> list[Article]:
    """The set's articles, in manifest order, rebuilt from ``data_folder`` (``../shared/data``)."""
    data_folder = Path(data_folder)
    entries = read_manifest(manifest)
    wanted_el = any(e.corpus == "event-location" for e in entries)
    el_texts = _event_location_texts(data_folder / EVENT_LOCATION_FILE) if wanted_el else {}
    wanted_muc = any(e.corpus == "muc4" for e in entries)
    muc_texts = read_muc4_articles(data_folder / MUC4_FILE) if wanted_muc else {}
    articles = []
    for entry in entries:
        if entry.corpus == "gum":
            article = read_gum_news_article(data_folder / GUM_FOLDER / f"{entry.article_id}.conllu")
        elif entry.corpus == "muc4":
            article = muc_texts.get(entry.article_id)
            if article is None:
                raise InputError(f"no dated MUC-4 document {entry.article_id!r} in "
                                 f"{data_folder / MUC4_FILE}", path=str(manifest), line=entry.line,
                                 field="article_id", reason="missing_text")
        else:
            article = el_texts.get((entry.article_id, entry.text_sha1))
            if article is None:
                raise InputError(f"no event-location text with id {entry.article_id!r} and hash "
                                 f"{entry.text_sha1} in {data_folder / EVENT_LOCATION_FILE}",
                                 path=str(manifest), line=entry.line, field="article_id",
                                 reason="missing_text")
        if text_hash(article.text) != entry.text_sha1:
            raise InputError(f"the rebuilt text of {entry.article_id} has hash {text_hash(article.text)}, "
                             f"not {entry.text_sha1}: the data changed", path=str(manifest),
                             line=entry.line, field="text_sha1", reason="changed_text")
        articles.append(article)
    return articles


def read_gum_news_article(path: Path) -> Article:
    """One GUM document as an article: paragraphs of its ``# text =`` lines, dated by
    ``# meta::dateCreated``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc}", path=str(path), reason="missing_file") from None
    date = title = None
    date_line = 0
    paragraphs: list[str] = []
    current: list[str] = []
    for number, line in enumerate(lines, start=1):
        if line.startswith("# meta::dateCreated"):
            date, date_line = line.split("=", 1)[1].strip(), number
        elif line.startswith("# meta::title"):
            title = line.split("=", 1)[1].strip()
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            if current:
                paragraphs.append(" ".join(current))
                current = []
        elif line.startswith("# text = "):
            current.append(line[len("# text = "):])
    if current:
        paragraphs.append(" ".join(current))
    if date is None:
        raise InputError("no '# meta::dateCreated' line", path=str(path), field="meta::dateCreated",
                         reason="missing_date")
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        raise InputError(f"not a date: {date!r}", path=str(path), line=date_line,
                         field="meta::dateCreated", reason="bad_date") from None
    return Article(id=path.stem, date=day, text="\n\n".join(paragraphs), title=title,
                   source="gum", origin=str(path))


def _event_location_texts(path: Path) -> dict[tuple[str, str], Article]:
    """Each distinct dated text of the event-location file, keyed by (article id, text hash)."""
    first: dict[str, tuple[str, str, int]] = {}
    for number, record in enumerate(read_event_location_records(path, gold_only=False), start=1):
        record_id, text = record.get("_id"), record.get("text")
        match = _DATED_ID.search(record_id) if isinstance(record_id, str) else None
        if match and isinstance(text, str):
            first.setdefault(text, (record_id, match.group(1), number))
    out = {}
    for text, (record_id, _, number) in first.items():
        article_id = EVENT_LOCATION_PREFIX + record_id.strip()  # some ids end in a space
        date = record_date(record_id)
        if date is None:
            continue  # an id whose digits are not a real date is not a dated record
        out[(article_id, text_hash(text))] = Article(id=article_id, date=date, text=text,
                                                     source="event-location",
                                                     origin=f"{path}:{number}")
    return out


def record_date(record_id: object) -> dt.date | None:
    """The date an event-location record's ``_id`` holds (``..._20040407.0712_...``), or None."""
    match = _DATED_ID.search(record_id) if isinstance(record_id, str) else None
    if match is None:
        return None
    day = match.group(1)
    try:
        return dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
    except ValueError:
        return None


def muc4_text(doc: str) -> str:
    """A MUC-4 document's text: wrapped lines joined within a paragraph, paragraphs by a blank line."""
    paragraphs = (" ".join(line.strip() for line in block.splitlines() if line.strip())
                  for block in re.split(r"\n\s*\n", doc))
    return "\n\n".join(p for p in paragraphs if p)


def muc4_date(text: str) -> dt.date | None:
    """The date of a MUC-4 document whose dateline is lost, recovered from its text, or None.

    The latest full date written out (``31 OCTOBER 1989``) with a year from 1980 on (older ones
    are history); failing that, the latest day and month given without a year (``12 NOVEMBER``)
    when the text names exactly one year from 1980 to 1999, taken as that year.
    """
    full: list[dt.date] = []
    partial: list[tuple[int, int]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day, month = int(match.group(1)), _month_number(match.group(2))
        year = int(match.group(3)) if match.group(3) else None
        if year is None:
            partial.append((month, day))
        elif year >= 1980:
            full.append(_safe_date(year, month, day) or dt.date.min)
    full = [d for d in full if d != dt.date.min]
    if full:
        return max(full)
    years = set(_YEAR.findall(text))
    if len(years) != 1 or not partial:
        return None
    year = int(years.pop())
    dates = [d for month, day in partial if (d := _safe_date(year, month, day)) is not None]
    return max(dates) if dates else None


def read_grit_records(path: str | Path) -> dict:
    """A MUC-4 file's JSON object of documents (GRIT format, ``{key: record}``), unchecked beyond that."""
    import json

    path = Path(path)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot be read as JSON: {exc}", path=str(path), reason="bad_json") from None
    if not isinstance(records, dict):
        raise InputError("must be a JSON object of documents", path=str(path), reason="bad_json")
    return records


def read_muc4_articles(path: Path) -> dict[str, Article]:
    """The dated documents of a MUC-4 file (``{key: {"doc": text, ...}}``), keyed by article id."""
    out = {}
    for key, record in read_grit_records(path).items():
        doc = record.get("doc") if isinstance(record, dict) else None
        if not isinstance(doc, str):
            continue
        text = muc4_text(doc)
        date = muc4_date(text)
        if date is not None and text:
            out[key] = Article(id=key, date=date, text=text, source="muc4", origin=f"{path}:{key}")
    return out


def _month_number(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
