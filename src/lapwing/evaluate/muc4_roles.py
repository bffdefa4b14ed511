"""The MUC-4 role fillers as a check of who Lapwing codes in violent events (``--gold-set muc4-roles``).

The MUC-4 terrorism corpus (1980s and early 1990s Latin American news wire, in capitals) in the
GRIT format: a JSON object ``{key: {"doc": text, "roles": {role: [entity, ...]}}}`` where an
entity is a list of coreferent strings of the text. Each document is coded with the pipeline up
to the events stage and scored at the document level, as GRIT scores role fillers:

- **violent events**: events that happened (modality asserted or reported) whose PLOVER type is
  in :data:`VIOLENT_TYPES` (ASSAULT: attacks, bombings, kidnappings, murders, arson; COERCE:
  seizures and other coercion short of violence; THREATEN: threats). MOBILIZE (deployments short
  of force) is not an incident of the templates and is left out;
- **perpetrators** (``perp_individual_id``, ``perp_organization_id``): an entity is found when an
  *actor* mention of a violent event of its document matches one of its strings;
- **human targets** (``hum_tgt_name``): found when a *recipient* mention matches;
- **physical targets** (``phys_tgt_id``): found when a recipient matches, or when one of its
  strings occurs whole (as words, case aside) in the sentence of a violent event (buildings and
  vehicles are seldom actor mentions); ``found_as_recipient`` counts the stricter reading;
- ``incident_instrument_id`` is not scored (Lapwing codes no instruments); its strings still
  count as the document's gold strings for precision.

**Matching** (:func:`phrase_matches`): both texts are lower-cased, every run of characters other
than letters and digits becomes a space, and leading articles (a, an, the) are dropped. They
match when the word sequences are equal, or when their head words are: the last word before the
first preposition or relative word after the first word (:data:`HEAD_ENDS`: "of", "from",
"who", ...; the last word when there is none), a plural ending taken off (-ies -> -y; -ses,
-xes, -ches, -shes -> drop -es; else a final -s, not -ss, dropped). "A GUERRILLA COLUMN" matches
"COLUMN", not "GUERRILLAS"; "MEMBERS OF THE FMLN" matches "MEMBER"; names match by surname, so
two people of one family do too.

**Precision**: the distinct actor and recipient mentions (by slot and offsets) of the violent
events of documents that have a template (some role has an entity); one is right when it
matches a string of any role of its document. An actor the text does not name, inferred by a
fallback of the events stage (an unidentified attacker, on the place's words or the verb's:
resolution rules ``unnamed-...``), claims no string and is left out; the violent event still
counts, for the roles it finds and as a false alarm. The templates name one incident's participants
only, so an actor of another violent event in the same text counts as wrong: a lower bound.
Documents without a template give the **false alarm** count: the violent events coded there.
A swapped role (a perpetrator found only as a recipient, a target only as an actor) is counted
in ``swapped`` and not as found.

Dates are not scored. A document's date is :func:`~lapwing.evaluate.news_texts.muc4_date` of its
text (:func:`~lapwing.evaluate.news_texts.muc4_text`); most GRIT documents have lost their
dateline, and those with no date in the text get :data:`NOMINAL_DATE`.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Event, Mention, Rejection
from .coding import HAPPENED
from .news_texts import muc4_date, muc4_text, read_grit_records

#: The PLOVER types whose participants the templates' roles are compared with.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
PERPETRATOR_ROLES = ("perp_individual_id", "perp_organization_id")
TARGET_ROLES = ("hum_tgt_name", "phys_tgt_id")
SCORED_ROLES = PERPETRATOR_ROLES + TARGET_ROLES
ROLES = SCORED_ROLES + ("incident_instrument_id",)
#: The date of a document whose text gives none (the corpus's wire copy is from 1989-90).
NOMINAL_DATE = dt.date(1990, 1, 1)
#: The development split; ``test.json`` beside it is held out and never read here.
DEV_FILE = "dev.json"
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_ARTICLES = frozenset({"a", "an", "the"})
#: Words that end a noun phrase's head part: prepositions and relative words.
HEAD_ENDS = frozenset({"of", "from", "in", "at", "on", "near", "next", "with", "to", "for", "by",
                       "who", "whose", "that", "which"})


@dataclass(frozen=True, slots=True)
class Muc4Document:
    """One GRIT document: its key, raw text and each role's entities (tuples of strings)."""

    key: str
    doc: str
    roles: dict[str, tuple[tuple[str, ...], ...]]

    @property
    def has_template(self) -> bool:
        return any(self.roles.values())

    def gold_strings(self) -> list[str]:
        return [s for entities in self.roles.values() for entity in entities for s in entity]


def muc4_dev_file(path: str | Path) -> Path:
    """The GRIT file a path names: a file itself, or ``dev.json`` in a folder or its ``muc4``."""
    path = Path(path)
    if path.is_file():
        return path
    for candidate in (path / DEV_FILE, path / "muc4" / DEV_FILE):
        if candidate.is_file():
            return candidate
    raise InputError(f"no {DEV_FILE} in it or in its muc4 folder", path=str(path), reason="not_found",
                     code="E101")


def read_muc4_documents(path: str | Path) -> list[Muc4Document]:
    """The documents of a GRIT file, in file order; a bad record names the file and key."""
    path = Path(path)
    documents = []
    for key, record in read_grit_records(path).items():
        def fail(field: str, message: str, key: str = key) -> InputError:
            return InputError(f"document {key!r}: {message}", path=str(path), field=field,
                              reason="bad_gold")

        if not isinstance(record, dict) or not isinstance(record.get("doc"), str):
            raise fail("doc", "must be an object with a text 'doc'")
        raw_roles = record.get("roles")
        if not isinstance(raw_roles, dict):
            raise fail("roles", "must be an object of roles")
        roles = {}
        for role in ROLES:
            entities = raw_roles.get(role, [])
            if not (isinstance(entities, list) and all(
                    isinstance(e, list) and e and all(isinstance(s, str) for s in e) for e in entities)):
                raise fail(f"roles.{role}", "must be a list of entities, each a non-empty list of strings")
            roles[role] = tuple(tuple(e) for e in entities)
        documents.append(Muc4Document(key=key, doc=record["doc"], roles=roles))
    return documents


def muc4_article(document: Muc4Document, *, origin: str = "") -> Article:
    """The document as an article: its rebuilt text, dated from it or :data:`NOMINAL_DATE`."""
    text = muc4_text(document.doc)
    return Article(id=document.key, date=muc4_date(text) or NOMINAL_DATE, text=text, source="muc4",
                   origin=f"{origin}:{document.key}" if origin else document.key)


def phrase_words(text: str) -> tuple[str, ...]:
    """The words of a phrase as matching reads them: lower case, leading articles dropped."""
    words = _NOT_WORD.sub(" ", text.lower()).split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return tuple(words)


def head_word(words: Sequence[str]) -> str:
    """The last word before the first of :data:`HEAD_ENDS` after the first word (or the last
    word), its plural ending taken off."""
    ends = [i for i, word in enumerate(words) if i > 0 and word in HEAD_ENDS]
    word = words[(ends[0] if ends else len(words)) - 1] if words else ""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def phrase_matches(predicted: str, gold: str) -> bool:
    """Whether a mention's text matches a gold string: same words, or same head word."""
    a, b = phrase_words(predicted), phrase_words(gold)
    if not a or not b:
        return False
    return a == b or head_word(a) == head_word(b)


def occurs_in(gold: str, text: str) -> bool:
    """Whether the gold string's words occur together, as whole words, in ``text``."""
    words = phrase_words(gold)
    if not words:
        return False
    return f" {' '.join(words)} " in f" {' '.join(_NOT_WORD.sub(' ', text.lower()).split())} "


def violent_events(events: Iterable[Event], *, types: frozenset[str] = VIOLENT_TYPES) -> list[Event]:
    """The events that happened and whose type is one of ``types``."""
    return [e for e in events if e.event_type in types and e.modality in HAPPENED]


def score_document(document: Muc4Document, events: Iterable[Event], *,
                   types: frozenset[str] = VIOLENT_TYPES) -> Counter[str]:
    """The document's tallies: ``ROLE:gold``, ``ROLE:found``, ``ROLE:swapped``,
    ``phys_tgt_id:found_as_recipient``, ``violent``, ``predicted``/``right`` (with ``actor_``/
    ``recipient_`` variants) when it has a template, ``false_alarms`` when it has none."""
    violent = violent_events(events, types=types)
    tally: Counter[str] = Counter()
    if not document.has_template:
        tally["false_alarms"] += len(violent)
        return tally
    tally["violent"] += len(violent)
    actors = _distinct(m for e in violent for m in e.actors if not _inferred(m))
    recipients = _distinct(m for e in violent for m in e.recipients)
    for role in SCORED_ROLES:
        own, other = (actors, recipients) if role in PERPETRATOR_ROLES else (recipients, actors)
        for entity in document.roles[role]:
            tally[f"{role}:gold"] += 1
            found = _entity_among(entity, own)
            if role == "phys_tgt_id":
                tally[f"{role}:found_as_recipient"] += found
                found = found or any(occurs_in(s, e.text) for s in entity for e in violent)
            tally[f"{role}:found"] += found
            tally[f"{role}:swapped"] += not found and _entity_among(entity, other)
    gold = document.gold_strings()
    for slot, mentions in (("actor", actors), ("recipient", recipients)):
        right = sum(any(phrase_matches(m.text, s) for s in gold) for m in mentions)
        tally[f"{slot}_predicted"] += len(mentions)
        tally[f"{slot}_right"] += right
        tally["predicted"] += len(mentions)
        tally["right"] += right
    return tally


def _inferred(mention: Mention) -> bool:
    """An actor no words of the text name: one an events-stage fallback inferred (``unnamed-...``)."""
    return mention.resolution is not None and mention.resolution.stage == "events" \
        and mention.resolution.rule.startswith("unnamed-")


def _distinct(mentions: Iterable[Mention]) -> list[Mention]:
    return list({(m.start_char, m.end_char, m.text): m for m in mentions}.values())


def _entity_among(entity: Sequence[str], mentions: Sequence[Mention]) -> bool:
    return any(phrase_matches(m.text, s) for m in mentions for s in entity)


def evaluate_muc4_roles(path: str | Path, *, config: Any = None, pipeline: Any = None,
                        limit: int | None = None,
                        types: frozenset[str] = VIOLENT_TYPES) -> dict[str, Any]:
    """Code the GRIT file's documents (the first ``limit``) and score them (module docstring).

    ``pipeline`` (with ``stages``) is the events-stage pipeline by default; each document has the
    configured per-document time limit, and one that fails or runs over it is rejected."""
    from ..config import load_config
    from ..scale.batch import code_chunk, time_limit_of
    from .coding import events_pipeline

    config = config if config is not None else load_config()
    gold_file = muc4_dev_file(path)
    documents = read_muc4_documents(gold_file)[:limit]
    runner = pipeline if pipeline is not None else events_pipeline(config)
    started = time.perf_counter()
    items: list[Article | Rejection] = []
    for document in documents:
        article = muc4_article(document, origin=str(gold_file))
        items.append(article if article.text else Rejection(
            reason="empty_text", message=f"{gold_file}: document {document.key!r} has no text",
            path=str(gold_file), field="doc"))
    coded = code_chunk(runner, items, time_limit_s=time_limit_of(config))
    totals: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    dated = 0
    for document, item, result in zip(documents, items, coded):
        if isinstance(result, Rejection):
            rejected[result.reason] += 1
            continue
        dated += isinstance(item, Article) and muc4_date(item.text) is not None
        totals["templates" if document.has_template else "without_template"] += 1
        tally = score_document(document, result.events, types=types)
        totals["documents_with_false_alarms"] += tally["false_alarms"] > 0
        totals.update(tally)
    return _summary(totals, documents=len(documents), rejected=rejected, dated=dated,
                    types=types, path=gold_file, seconds=time.perf_counter() - started)


def _summary(totals: Counter[str], *, documents: int, rejected: Counter[str], dated: int,
             types: frozenset[str], path: Path, seconds: float) -> dict[str, Any]:
    def ratio(part: int, whole: int) -> float | None:
        return round(part / whole, 3) if whole else None

    roles = {}
    for role in SCORED_ROLES:
        gold, found = totals[f"{role}:gold"], totals[f"{role}:found"]
        roles[role] = {"gold": gold, "found": found, "recall": ratio(found, gold),
                       "swapped": totals[f"{role}:swapped"]}
    roles["phys_tgt_id"]["found_as_recipient"] = totals["phys_tgt_id:found_as_recipient"]
    gold_all = sum(r["gold"] for r in roles.values())
    found_all = sum(r["found"] for r in roles.values())
    return {
        "path": str(path), "documents": documents, "coded": documents - sum(rejected.values()),
        "rejected": sum(rejected.values()), "rejected_by_reason": dict(rejected),
        "dated_from_text": dated, "nominal_date": NOMINAL_DATE.isoformat(),
        "with_template": totals["templates"], "without_template": totals["without_template"],
        "violent_types": sorted(types), "roles": roles,
        "recall": ratio(found_all, gold_all),
        "precision": ratio(totals["right"], totals["predicted"]),
        "predicted": totals["predicted"], "right": totals["right"],
        "actor_precision": ratio(totals["actor_right"], totals["actor_predicted"]),
        "recipient_precision": ratio(totals["recipient_right"], totals["recipient_predicted"]),
        "violent_events_in_templates": totals["violent"], "false_alarms": totals["false_alarms"],
        "documents_with_false_alarms": totals["documents_with_false_alarms"],
        "seconds": round(seconds, 1),
    }


def format_muc4_roles(result: dict[str, Any]) -> str:
    """A readable table of :func:`evaluate_muc4_roles`'s result."""
    def cell(value: float | None) -> str:
        return f"{value:.3f}" if value is not None else "-"

    physical = result["roles"]["phys_tgt_id"]
    lines = [f"muc4-roles: {result['documents']} documents read, {result['coded']} coded, "
             f"{result['rejected']} rejected; {result['with_template']} with a template; "
             f"{result['dated_from_text']} dated from their text, the others {result['nominal_date']}",
             f"violent events ({', '.join(result['violent_types'])}; asserted or reported): "
             f"{result['violent_events_in_templates']} in the documents with a template", "",
             f"{'role':<22}{'gold':>6}{'found':>7}{'recall':>8}{'swapped':>9}"]
    for role, row in result["roles"].items():
        lines.append(f"{role:<22}{row['gold']:>6}{row['found']:>7}{cell(row['recall']):>8}{row['swapped']:>9}")
    lines += [f"{'all four roles':<35}{cell(result['recall']):>8}",
              f"(phys_tgt_id found as a recipient: {physical['found_as_recipient']} of {physical['gold']})", "",
              f"precision of actors and recipients (documents with a template): "
              f"{cell(result['precision'])} ({result['right']}/{result['predicted']}; "
              f"actors {cell(result['actor_precision'])}, recipients {cell(result['recipient_precision'])})",
              f"false alarms: {result['false_alarms']} violent events in "
              f"{result['documents_with_false_alarms']} of the {result['without_template']} documents "
              f"without a template; {result['seconds']} s"]
    return "\n".join(lines)
