"""Reading TABARI/PETRARCH dictionaries (actors and agents files) into the knowledge base.

Actors files: a name line (words joined by ``_``) with optional codes in brackets, ``+SYNONYM``
lines, and indented code lines; a code may carry a date restriction ``[USAGOV 870101-890120]``,
``[IGOUNO >070201]`` (from) or ``[X <061231]`` (until); dates are YYMMDD (years up to 30 are
20xx) or YYYYMMDD. ``[---]`` means "no code". Comments start with ``#``; ``<!-- ... -->`` blocks
are skipped. Agents files: ``NAME {PLURALS} [~CODE]`` with ``!MACRO! = A, B`` substitutions; an
agent's code gives the sector of a country's actor ("FOREIGN_MINISTRY [~GOV]").

TABARI's stem matching (a name without a trailing ``_`` matching longer words) is not
reproduced: every name matches whole words. Date restrictions that cannot be read are skipped and
counted (``info()`` lists where), so one malformed line does not make a dictionary unusable.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from ..errors import ResourceError
from .knowledge_base import KnowledgeBase
from .schema import NON_STATE_CODES, ActorEntry, Role

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class _Group:
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)   # (code, date restriction)
    line: int = 0


def _strip_comments(lines: list[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    in_block = False
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\n")
        if in_block:
            if "-->" in text:
                in_block = False
                text = text.split("-->", 1)[1]
            else:
                continue
        if "<!--" in text:
            before, _, after = text.partition("<!--")
            if "-->" in after:
                text = before + after.split("-->", 1)[1]
            else:
                in_block = True
                text = before
        text = text.split("#", 1)[0]
        if text.strip():
            out.append((number, text))
    return out


def parse_date(text: str) -> dt.date:
    """A TABARI date: YYMMDD (years up to 30 are 20xx) or YYYYMMDD."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8 and text.isdigit():
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(text)


def _words(name: str) -> str:
    words = name.strip().strip("+").rstrip("_").replace("_", " ").strip()
    return " ".join(words.split())


def _display(words: str) -> str:
    """PETRARCH names are upper case; short one-word names stay so (acronyms), others title-cased."""
    letters = sum(ch.isalpha() for ch in words)
    if " " not in words and letters <= 4:
        return words.upper()
    return words.title()


def _display_forms(words: str) -> list[str]:
    """The forms a name is written in. A four-letter word with a vowel may be an acronym
    ("NATO") or a name ("BREE", "OMAN", "PERU"): both forms; shorter ones are acronyms only
    ("US" must not match "us")."""
    shown = _display(words)
    letters = "".join(ch for ch in words if ch.isalpha())
    if shown.isupper() and len(letters) == 4 and any(ch in "AEIOU" for ch in letters.upper()):
        return [shown, words.title()]
    return [shown]


def load_petrarch_actors(kb: KnowledgeBase, path: Path, *, rank: int = 1) -> int:
    """Add the actors of a PETRARCH actors file; returns the number of entries added."""
    if not path.exists():
        raise ResourceError(f"{path}: PETRARCH actors file does not exist", code="E321")
    groups: list[_Group] = []
    current: _Group | None = None
    for number, text in _strip_comments(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        stripped = text.strip()
        codes = [(c.split()[0] if c.split() else "", " ".join(c.split()[1:])) for c in _CODE.findall(stripped)]
        name_part = _CODE.sub("", stripped).strip()
        if stripped.startswith("+"):
            if current is None:
                raise ResourceError(f"{path}:{number}: a synonym (+NAME) before any actor name",
                                    code="E322")
            current.names.append(name_part)
            current.codes.extend(codes)
        elif not name_part:
            if current is None:
                raise ResourceError(f"{path}:{number}: a code line before any actor name", code="E323")
            current.codes.extend(codes)
        else:
            if current is None or current.codes or codes:
                current = _Group(line=number)
                groups.append(current)
            current.names.append(name_part)
            current.codes.extend(codes)
    added = skipped = 0
    problems: list[str] = []
    for group in groups:
        entry = _entry_from_group(kb, path, group, problems, rank=rank)
        if entry is None:
            skipped += 1
            continue
        added += 1
    kb.sources.append({"file": str(path), "format": "petrarch actors", "entries": added,
                       "skipped": skipped, "problems": problems[:20]})
    return added


def _entry_from_group(kb: KnowledgeBase, path: Path, group: _Group, problems: list[str], *,
                      rank: int) -> ActorEntry | None:
    where = f"{path}:{group.line}"
    roles: list[Role] = []
    undated: list[str] = []
    for raw_code, restriction in group.codes:
        code = raw_code.upper()
        if not code or code.startswith("---"):
            continue
        try:
            start, end = _restriction(restriction)
        except ValueError:
            problems.append(f"{where}: unreadable date restriction {restriction!r}")
            continue
        if start is None and end is None:
            undated.append(code)
        else:
            roles.append(_role(code, start, end, kb))
    if not roles and not undated:
        return None
    names = [_words(n) for n in group.names if _words(n)]
    main = undated[0] if undated else roles[-1].cameo_code or ""
    prefix = main[:3]
    if not roles and len(main) == 3 and pycountry.countries.get(alpha_3=prefix) is not None:
        for name in names:   # a name of a country: an alias of the country entry
            for form in _display_forms(name):
                kb.add_alias(form, form="name", mention_kind="location",
                             entry_id=f"country/{prefix}", origin=where, rank=rank)
        return kb.entries[f"country/{prefix}"]
    # A dated entry's own sector is its undated code's only: a role without a sector
    # ("[HOB < 950601]") must not inherit the sector of a later role ("[HOBREB > 990816]").
    sector_code = undated[0] if undated else ""
    sector = sector_code[3:6] if sector_code[3:6] in kb.sectors else None
    entry = ActorEntry(
        id=f"petrarch/{path.stem}/{names[0].lower().replace(' ', '_')}", name=names[0].title(),
        kind="person" if roles else "organization", code=prefix or None,
        country=prefix if prefix and prefix not in NON_STATE_CODES else None, sector=sector,
        cameo_code=main or None, roles=tuple(roles),
        default_country=undated[0][:3] if roles and undated else None,
        default_sector=(undated[0][3:6] if roles and undated and undated[0][3:6] in kb.sectors
                        else None),
        origin=where)
    kb.entries[entry.id] = entry
    mention_kind = "person" if roles else "organization"
    for name in names:
        for form in _display_forms(name):
            kb.add_alias(form, form="name", mention_kind=mention_kind, entry_id=entry.id,
                         origin=where, rank=rank)
    return entry


def _role(code: str, start: dt.date | None, end: dt.date | None, kb: KnowledgeBase) -> Role:
    prefix = code[:3]
    return Role(code=prefix, country=None if prefix in NON_STATE_CODES else prefix,
                sector=code[3:6] if code[3:6] in kb.sectors else None, cameo_code=code,
                start=start, end=end)


def _restriction(text: str) -> tuple[dt.date | None, dt.date | None]:
    text = text.strip()
    if not text:
        return None, None
    if text.startswith(">"):
        return parse_date(text[1:].strip()), None
    if text.startswith("<"):
        return None, parse_date(text[1:].strip())
    if "-" in text:
        first, _, second = text.partition("-")
        return parse_date(first.strip()), parse_date(second.strip())
    raise ValueError(text)


def load_petrarch_agents(kb: KnowledgeBase, path: Path) -> int:
    """Add the agents (sector words) of a PETRARCH agents file."""
    if not path.exists():
        raise ResourceError(f"{path}: PETRARCH agents file does not exist", code="E324")
    macros: dict[str, list[str]] = {}
    added = skipped = 0
    problems: list[str] = []
    for number, text in _strip_comments(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        stripped = text.strip()
        if stripped.startswith("!") and "=" in stripped:
            key, _, values = stripped.partition("=")
            macros[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        codes = _CODE.findall(stripped)
        if not codes:
            problems.append(f"{path}:{number}: an agent needs a code such as [~GOV]; line skipped")
            continue
        code = codes[0].split()[0].replace("~", "").upper() if codes[0].split() else ""
        sector = code[:3] if code[:3] in kb.sectors else None
        body = _CODE.sub("", stripped)
        plurals_text = ""
        if "{" in body:
            body, _, rest = body.partition("{")
            plurals_text, _, _ = rest.partition("}")
        if sector is None:
            skipped += 1
            continue
        forms = _expand(body.strip(), macros)
        if "{" in stripped:
            given = [p.strip() for p in plurals_text.split(",") if p.strip()]
            forms += [f for p in given for f in _expand(p, macros)] if given else [_plural(f) for f in forms]
        for form in forms:
            kb.add_alias(_words(form).lower(), form="sector_word", mention_kind="group", sector=sector,
                         origin=f"{path}:{number}", rank=1)
            added += 1
    kb.sources.append({"file": str(path), "format": "petrarch agents", "names": added,
                       "skipped_codes_without_a_lapwing_sector": skipped,
                       "problems": problems[:20]})
    return added


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    for key, values in macros.items():
        if key in name:
            return [expanded for value in values for expanded in _expand(name.replace(key, value, 1), macros)]
    return [name]


def _plural(name: str) -> str:
    word = name.rstrip("_")
    if word.endswith(("S", "X", "CH", "SH")):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"
