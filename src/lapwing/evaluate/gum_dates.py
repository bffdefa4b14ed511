"""Scoring time expressions on the GUM news documents (Wikinews, CC BY; folder ``gum-ccby``).

GUM keeps each Wikinews article's ``<date>`` markup with a normalised value: ``when`` ("2017",
"2017-07-18") or a span ``from``/``to`` ("last week" -> 2017-07-10 .. 2017-07-16). Those marked
dates are the gold set; the article date is the dateline (see
:func:`lapwing.dates.measure.article_date`, which also reads the files).

Unlike ``python -m lapwing.dates.measure`` (the dates stage alone on GUM's gold parse), this codes
each rebuilt text with the whole configured pipeline, its own parser included, and scores its
``times`` (a match: the character spans overlap, one to one, except that a span found whole,
"from 2004 to 2009", answers for each gold date it holds, its value right when that date is one
of its ends):

- ``recall``: gold dates found; ``precision``: found expressions that overlap a gold ``<date>``
  or a GUM ``time`` entity (GUM gives values only for dates); ``f1``;
- ``value_accuracy``: among found gold dates with a value, the share whose value is right:
  ``when`` equal to Lapwing's ``value`` to the day, or ``from``/``to`` equal to its
  ``start``/``end`` once both are written to the day ("1960".."1969" is 1960-01-01..1969-12-31).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from ..dates.measure import GoldDate, article_date, read_gum_document
from ..errors import InputError
from ..model import Article, CodedArticle


def evaluate_gum_dates(folder: str | Path, *, code: Callable[[Article], CodedArticle],
                       genre: str = "news") -> dict[str, Any]:
    """Find and resolve the dates of GUM's ``genre`` documents; see the module docstring."""
    folder = Path(folder)
    files = sorted(folder.glob(f"GUM_{genre}_*.conllu"))
    if not files:
        raise InputError(f"no GUM_{genre}_*.conllu files", path=str(folder), reason="missing_file")
    predicted = correct = gold_total = matched = valued = right = 0
    mistakes: list[dict[str, Any]] = []
    for path in files:
        document = read_gum_document(path)
        article = Article(id=document.name, date=article_date(document), text=document.text,
                          origin=str(path))
        times = list(code(article).times)
        predicted += len(times)
        gold_total += len(document.dates)
        marked = [(d.start, d.end) for d in document.dates] + document.time_entities
        correct += sum(any(t.start_char < b and a < t.end_char for a, b in marked) for t in times)
        used: set[int] = set()
        for date in document.dates:
            # one to one, except that a span found whole may answer for each gold date it holds
            # ("from 2004 to 2009" found as one span, "2004" and "2009" marked apart)
            match = next((k for k, t in enumerate(times) if (k not in used or _holds_as_end(t, date))
                          and t.start_char < date.end and date.start < t.end_char), None)
            if match is None:
                continue
            used.add(match)
            matched += 1
            time = times[match]
            if not ({"when", "from"} & date.attributes.keys()):
                continue
            valued += 1
            ok = (value_right(date, time.value, time.start, time.end)
                  or (_holds_as_end(time, date) and _is_an_end(date, time.start, time.end)))
            right += ok
            if not ok and len(mistakes) < 20:
                mistakes.append({"doc": article.id, "text": date.text, "gold": date.attributes,
                                 "value": time.value, "start": time.start, "end": time.end})
    precision = correct / predicted if predicted else None
    recall = matched / gold_total if gold_total else None
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else None)
    return {"documents": len(files), "gold": gold_total, "predicted": predicted, "matched": matched,
            "precision": _round(precision), "recall": _round(recall), "f1": _round(f1),
            "value_accuracy": _round(right / valued if valued else None), "valued": valued,
            "mistakes": mistakes}


def value_right(date: GoldDate, value: str | None, start: str | None, end: str | None) -> bool:
    """The same day, or the same span once both ends are written to the day ("1960".."1969" is
    1960-01-01..1969-12-31)."""
    when = date.attributes.get("when")
    if when is not None:
        return value is not None and value[:10] == when[:10]
    first = _first_day(start)
    return (first is not None and first == _first_day(date.attributes.get("from"))
            and _last_day(end) == _last_day(date.attributes.get("to")))


def _holds_as_end(time: Any, date: GoldDate) -> bool:
    """The found expression is a span (start and end differ) that strictly contains the gold date."""
    return (bool(time.start) and bool(time.end) and time.start[:10] != time.end[:10]
            and time.start_char <= date.start and date.end <= time.end_char
            and (time.end_char - time.start_char) > (date.end - date.start))


def _is_an_end(date: GoldDate, start: str | None, end: str | None) -> bool:
    """A gold ``when`` equal to the span's start or end, at the gold's precision."""
    when = date.attributes.get("when")
    if not when:
        return False
    when = when[:10]
    return any(bound is not None and bound[:len(when)] == when for bound in (start, end))


def _first_day(value: str | None) -> str | None:
    if not value:
        return None
    value = value[:10]
    return value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value


def _last_day(value: str | None) -> str | None:
    if not value:
        return None
    value = value[:10]
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat()
    return value


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None
