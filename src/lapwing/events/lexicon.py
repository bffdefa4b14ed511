"""The event lexicon: verbs and nouns with their PLOVER type, mode and CAMEO code, as YAML data.

A lexicon file is a YAML mapping with ``verbs:`` and/or ``nouns:``, each a list of entries::

    verbs:
      - {id: v.support, lemma: support, type: SUPPORT, cameo: "051", negated: ACCUSE}
      - {id: v.call_on, lemma: call, preposition: "on", type: REQUEST, cameo: "100"}
    nouns:
      - {id: n.embargo, lemma: embargo, type: SANCTION, mode: restrict, cameo: "163"}

Entry fields (see docs/events.md): ``id`` (unique), ``lemma``, ``type`` (a PLOVER type),
``mode``, ``cameo``, ``context`` (list), ``particle`` (a phrasal particle that must be present:
"back down"), ``preposition`` (a prepositional dependent that must be present; its object is the
recipient: "call on"), ``object`` (object lemmas, one of which must be present: "open" +
"embassy"), ``prep_object`` (lemmas, one of which must be the object of ``preposition``: "withdraw
from" + "treaty", not "withdraw from the town"), ``subject`` (lemmas, one of which must be the
subject or a modifier of it: "troops arrive"), ``recipient_preps`` (prepositions whose objects are
recipients), ``needs_recipient``,
``negated`` (the PLOVER type coded, asserted, when the trigger is negated: "does not support" ->
ACCUSE), ``joint`` (the PLOVER type coded when two or more coordinated actors do it, or it
is done "jointly"/"together": "Chile and Bulgaria held drills" -> COOPERATE), ``object_kind``
(kinds, one of which one of the objects must be: ``place``, a named place: "captured Seoul";
``clause``, a clause with its own subject or "that": "demonstrated that ..."; ``people``, a mention
of people: "captured 800,000 Chinese"; ``own``, an object "its" or "their" marks as the subject's:
"destroyed its missiles"),
``block`` (a list of conditions under which the entry codes nothing: see below), ``confidence``,
and ``remove: true`` (in a user file: delete the bundled entry with this id). Later files override
earlier ones entry by entry (same ``id``).

``block`` blocks a sense: each condition is a mapping using the entry fields' own vocabulary,
``object``, ``subject`` (verbs), ``preposition`` with ``prep_object``, ``particle`` (verbs),
``object_kind``, ``subject_kind`` (verbs: ``person`` when every subject is a mention of one
person), and ``passive: true`` (verbs); a condition holds when all its fields hold, and when
any condition holds for a trigger that this entry would code, the trigger codes nothing (no less
specific entry is tried)::

    - {id: v.execute, lemma: execute, type: ASSAULT, block: [{object: [order, plan, contract]}]}


Every bad entry raises :class:`~lapwing.errors.ResourceError` naming the file and line.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ResourceError
from ..inflection import inflections
from ..yaml_lines import LINE_KEY, load_with_lines
from ..ontology import Ontology

DATA_DIR = Path(__file__).resolve().parent / "data"
BUNDLED_LEXICONS = ("verbs.yaml", "nouns.yaml")
CUES_FILE = "cues.yaml"
IRREGULAR_FILE = "irregular_verbs.yaml"

_FIELDS = {"id", "lemma", "type", "mode", "cameo", "context", "particle", "preposition", "object",
           "prep_object", "subject", "recipient_preps", "needs_recipient", "negated", "joint", "confidence", "remove",
           "object_kind", "block", "convention"}
_BLOCK_FIELDS = {"object", "subject", "preposition", "prep_object", "particle", "object_kind", "passive",
                 "describing", "subject_kind"}
_VERB_ONLY = ("subject", "particle", "passive", "object_kind", "describing", "subject_kind")
#: kinds an ``object_kind`` field may name (what they mean: :func:`lapwing.events.triggers.object_kinds`)
OBJECT_KINDS = frozenset({"place", "clause", "people", "own", "thing"})
#: kinds a block's ``subject_kind`` may name (:func:`lapwing.events.triggers.subject_kinds`)
SUBJECT_KINDS = frozenset({"person"})
_LINE = LINE_KEY


@dataclass(frozen=True, slots=True)
class TriggerFacts:
    """What a ``block`` condition is checked against, for one trigger token: the lemmas of its
    objects (for a noun: the words around it), of its subject, its (preposition, object lemma)
    pairs, its particle, whether it is passive, the kinds of its objects and of its subjects, and
    whether it is a present participle describing the noun before it ("contractors working with
    the UN")."""

    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    prep_objects: frozenset[tuple[str, str]] = frozenset()
    particle: str | None = None
    passive: bool = False
    object_kinds: frozenset[str] = frozenset()
    describing: bool = False
    subject_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class BlockCondition:
    """One condition under which an entry codes nothing; every field given must hold."""

    objects: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    preposition: str | None = None
    prep_objects: tuple[str, ...] = ()
    particle: str | None = None
    object_kinds: tuple[str, ...] = ()
    passive: bool | None = None
    describing: bool | None = None
    subject_kinds: tuple[str, ...] = ()

    def holds(self, facts: TriggerFacts) -> bool:
        if self.objects and not facts.objects & set(self.objects):
            return False
        if self.subjects and not facts.subjects & set(self.subjects):
            return False
        if self.preposition is not None:
            found = {lemma for prep, lemma in facts.prep_objects if prep == self.preposition}
            if not found or (self.prep_objects and not found & set(self.prep_objects)):
                return False
        if self.particle is not None and facts.particle != self.particle:
            return False
        if self.object_kinds and not facts.object_kinds & set(self.object_kinds):
            return False
        if self.subject_kinds and not facts.subject_kinds & set(self.subject_kinds):
            return False
        if self.describing is not None and facts.describing != self.describing:
            return False
        return self.passive is None or facts.passive == self.passive

    def describe(self) -> str:
        parts = [f"object in {list(self.objects)[:4]}" if self.objects else "",
                 f"subject in {list(self.subjects)[:4]}" if self.subjects else "",
                 f"'{self.preposition}' + {list(self.prep_objects)[:4] or 'anything'}" if self.preposition else "",
                 f"particle '{self.particle}'" if self.particle else "",
                 f"object kind {list(self.object_kinds)}" if self.object_kinds else "",
                 f"subject kind {list(self.subject_kinds)}" if self.subject_kinds else "",
                 ("passive" if self.passive else "active") if self.passive is not None else "",
                 ("a participle describing the noun before it" if self.describing else "not describing a noun")
                 if self.describing is not None else ""]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One trigger: a verb or noun lemma (with optional constraints) and what it codes."""

    id: str
    lemma: str
    pos: str                               # "verb" or "noun"
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    preposition: str | None = None
    objects: tuple[str, ...] = ()
    prep_objects: tuple[str, ...] = ()     # lemmas, one of which must be the object of ``preposition``
    subjects: tuple[str, ...] = ()         # lemmas, one of which must be the subject (or a modifier of it)
    recipient_preps: tuple[str, ...] | None = None
    needs_recipient: bool = False
    negated_type: str | None = None
    joint_type: str | None = None          # coded instead when done jointly ("X and Y held drills")
    object_kinds: tuple[str, ...] = ()     # kinds, one of which an object must be ("place")
    blocks: tuple[BlockCondition, ...] = ()  # conditions under which the entry codes nothing
    confidence: float = 0.8
    source: str = ""                       # "file:line"
    convention: str | None = None          # why the type is not the one the CAMEO table gives the code

    @property
    def specificity(self) -> int:
        return ((self.particle is not None) + (self.preposition is not None) + bool(self.objects)
                + bool(self.prep_objects) + bool(self.subjects) + bool(self.object_kinds))

    @property
    def checked_constraint(self) -> bool:
        """Whether only a matcher that checks it may offer this entry (see :meth:`Lexicon.candidates`)."""
        return bool(self.prep_objects or self.subjects or self.object_kinds)

    def blocked_by(self, facts: TriggerFacts) -> BlockCondition | None:
        """The first ``block`` condition that holds for a trigger, or None."""
        return next((cond for cond in self.blocks if cond.holds(facts)), None)

    def unmet_constraint(self, *, prep_objects: Iterable[tuple[str, str]] = (),
                         subjects: Iterable[str] = (), object_kinds: Iterable[str] = ()) -> str | None:
        """Why this entry's ``prep_object`` or ``subject`` constraint does not hold for a trigger, or
        None when both hold (or the entry has neither). ``prep_objects``: (preposition, lemma) pairs
        of the trigger's prepositional dependents ("withdrew from the treaty" -> ("from", "treaty"));
        ``subjects``: lemmas of its subject and the subject's modifiers ("peacekeeping troops");
        ``object_kinds``: the kinds of its objects ("place")."""
        if self.prep_objects:
            found = {lemma.lower() for prep, lemma in prep_objects if prep == self.preposition}
            if not found & set(self.prep_objects):
                return f"needs '{self.preposition}' + one of {list(self.prep_objects)[:4]}..."
        if self.subjects and not {lemma.lower() for lemma in subjects} & set(self.subjects):
            return f"needs a subject in {list(self.subjects)[:4]}..."
        if self.object_kinds and not set(object_kinds) & set(self.object_kinds):
            return f"needs an object of kind {list(self.object_kinds)}"
        return None


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, mappings carrying their line number; errors name file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read lexicon file ({exc.strerror})", code="E311") from exc
    try:
        return load_with_lines(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ResourceError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})", code="E311") from exc


def _string_list(value: Any, where: str, field: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        hint = " (quote on/off/yes/no: YAML reads them as true/false)" if any(
            isinstance(v, bool) for v in (value if isinstance(value, list) else [value])) else ""
        raise ResourceError(f"{where}: field '{field}' must be a string or a list of strings{hint}", code="E312")
    return tuple(value)


def _word_list(value: Any, where: str, field: str) -> tuple[str, ...]:
    """A list of one-word lower-case lemmas (matched against token lemmas)."""
    words = _string_list(value, where, field)
    bad = [w for w in words if not w.strip() or " " in w.strip() or w != w.lower()]
    if bad:
        raise ResourceError(f"{where}: field '{field}' lists lemmas: one lower-case word each, got {bad[0]!r}",
                            code="E312")
    return tuple(w.strip() for w in words)


def parse_entry(raw: Any, *, pos: str, path: Path, ontology: Ontology) -> LexiconEntry | str:
    """Validate one raw entry. Returns the entry, or its id when the entry says ``remove: true``."""
    if not isinstance(raw, dict):
        raise ResourceError(f"{path}: every {pos} entry must be a mapping, got {raw!r}", code="E312")
    shown = path.name if path.parent == DATA_DIR else str(path)
    where = f"{shown}:{raw.get(_LINE, '?')}"
    unknown = sorted(set(raw) - _FIELDS - {_LINE})
    if unknown:
        raise ResourceError(f"{where}: unknown field(s) {', '.join(unknown)}; allowed: "
                            f"{', '.join(sorted(_FIELDS))}", code="E312")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id:
        raise ResourceError(f"{where}: field 'id' is required (a non-empty string)", code="E312")
    if raw.get("remove") is True:
        return entry_id
    lemma = raw.get("lemma")
    if not isinstance(lemma, str) or not lemma.strip() or " " in lemma.strip():
        raise ResourceError(f"{where}: field 'lemma' must be one word (use particle/preposition/object "
                            f"for phrases), got {lemma!r}", code="E312")
    event_type = raw.get("type")
    if event_type not in ontology.types:
        raise ResourceError(f"{where}: field 'type' must be one of the 16 PLOVER types, got {event_type!r}",
                            code="E312")
    mode = raw.get("mode")
    if mode is not None and mode not in ontology.types[event_type].modes:
        allowed = ", ".join(ontology.types[event_type].modes) or "none"
        raise ResourceError(f"{where}: mode {mode!r} is not a mode of {event_type} (allowed: {allowed})",
                            code="E312")
    cameo = raw.get("cameo")
    if cameo is not None:
        cameo = str(cameo)
        if ontology.cameo_code(cameo) is None:
            raise ResourceError(f"{where}: CAMEO code {cameo!r} is not in the CAMEO table", code="E312")
    convention = _convention(raw.get("convention"), where, entry_id=entry_id, event_type=event_type, cameo=cameo,
                             table_type=ontology.plover_for_cameo(cameo) if cameo is not None else None)
    negated = raw.get("negated")
    if negated is not None and negated not in ontology.types:
        raise ResourceError(f"{where}: field 'negated' must be a PLOVER type, got {negated!r}", code="E312")
    joint = raw.get("joint")
    if joint is not None and joint not in ontology.types:
        raise ResourceError(f"{where}: field 'joint' must be a PLOVER type, got {joint!r}", code="E312")
    confidence = raw.get("confidence", 0.8 if pos == "verb" else 0.7)
    if not isinstance(confidence, (int, float)) or not 0.0 <= confidence <= 1.0:
        raise ResourceError(f"{where}: field 'confidence' must be a number from 0 to 1", code="E312")
    preps = raw.get("recipient_preps")
    prep_objects = _word_list(raw.get("prep_object", []), where, "prep_object")
    if prep_objects and not isinstance(raw.get("preposition"), str):
        raise ResourceError(f"{where}: field 'prep_object' needs field 'preposition' (whose object it "
                            "constrains)", code="E312")
    for field in ("subject", "object_kind"):
        if pos == "noun" and field in raw:
            raise ResourceError(f"{where}: field '{field}' is for verbs (a noun entry's words around it go in "
                                "'object')", code="E312")
    object_kinds = _object_kinds(raw.get("object_kind", []), where, "object_kind")
    blocks = _block_conditions(raw.get("block", []), where, pos=pos)
    return LexiconEntry(
        id=entry_id, lemma=lemma.strip().lower(), pos=pos, event_type=event_type, mode=mode, cameo=cameo,
        context=_string_list(raw.get("context", []), where, "context"),
        particle=raw.get("particle"), preposition=raw.get("preposition"),
        objects=_string_list(raw.get("object", []), where, "object"),
        prep_objects=prep_objects, subjects=_word_list(raw.get("subject", []), where, "subject"),
        recipient_preps=None if preps is None else _string_list(preps, where, "recipient_preps"),
        needs_recipient=bool(raw.get("needs_recipient", False)), negated_type=negated,
        joint_type=joint, object_kinds=object_kinds, blocks=blocks, confidence=float(confidence), source=where,
        convention=convention,
    )


def _convention(value: Any, where: str, *, entry_id: str, event_type: str, cameo: str | None,
                table_type: str | None) -> str | None:
    """An entry whose type is not the one the CAMEO->PLOVER table gives its CAMEO code must say
    why (``convention``), and only such an entry may: a coding convention is a decision, recorded
    where it is made, and a new disagreement cannot pass unnoticed."""
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ResourceError(f"{where}: field 'convention' must be a sentence saying why the type differs "
                            "from the CAMEO table's", code="E312")
    disagrees = cameo is not None and table_type != event_type
    if disagrees and value is None:
        raise ResourceError(f"{where}: {entry_id} codes {event_type}, but the CAMEO->PLOVER table reads CAMEO "
                            f"{cameo} as {table_type}; change 'type' or 'cameo', or say why in 'convention'",
                            code="E312")
    if value is not None and not disagrees:
        agreement = (f"codes {event_type}, as the table reads CAMEO {cameo}" if cameo is not None
                     else "has no 'cameo' code to differ from")
        raise ResourceError(f"{where}: field 'convention' explains a type that differs from the CAMEO table's, "
                            f"but {entry_id} {agreement}", code="E312")
    return value.strip() if value is not None else None


def _object_kinds(value: Any, where: str, field: str, *, allowed: frozenset[str] = OBJECT_KINDS,
                  of: str = "object") -> tuple[str, ...]:
    kinds = _string_list(value, where, field)
    bad = [k for k in kinds if k not in allowed]
    if bad:
        raise ResourceError(f"{where}: field '{field}' names kinds of {of} ({', '.join(sorted(allowed))}), "
                            f"got {bad[0]!r}", code="E312")
    return kinds


def _block_conditions(value: Any, where: str, *, pos: str) -> tuple[BlockCondition, ...]:
    """Validate a ``block`` list: mappings of condition fields (see the module docstring)."""
    if not isinstance(value, list):
        raise ResourceError(f"{where}: field 'block' must be a list of conditions (mappings such as "
                            "{object: [sentence, order]})", code="E312")
    out = []
    for raw in value:
        if not isinstance(raw, dict) or not set(raw) - {_LINE}:
            raise ResourceError(f"{where}: every 'block' condition must be a non-empty mapping, got {raw!r}",
                                code="E312")
        here = f"{where.rsplit(':', 1)[0]}:{raw.get(_LINE, where.rsplit(':', 1)[-1])}"
        unknown = sorted(set(raw) - _BLOCK_FIELDS - {_LINE})
        if unknown:
            raise ResourceError(f"{here}: unknown 'block' field(s) {', '.join(unknown)}; allowed: "
                                f"{', '.join(sorted(_BLOCK_FIELDS))}", code="E312")
        verb_only = [f for f in _VERB_ONLY if f in raw]
        if pos == "noun" and verb_only:
            raise ResourceError(f"{here}: 'block' field '{verb_only[0]}' is for verbs (a noun entry's words "
                                "around it go in 'object')", code="E312")
        preposition = raw.get("preposition")
        if preposition is not None and not isinstance(preposition, str):
            raise ResourceError(f"{here}: 'block' field 'preposition' must be a string (quote \"on\")",
                                code="E312")
        if "prep_object" in raw and preposition is None:
            raise ResourceError(f"{here}: 'block' field 'prep_object' needs 'preposition' in the same condition",
                                code="E312")
        passive = raw.get("passive")
        if passive is not None and not isinstance(passive, bool):
            raise ResourceError(f"{here}: 'block' field 'passive' must be true or false", code="E312")
        describing = raw.get("describing")
        if describing is not None and not isinstance(describing, bool):
            raise ResourceError(f"{here}: 'block' field 'describing' must be true or false", code="E312")
        particle = raw.get("particle")
        if particle is not None and not isinstance(particle, str):
            raise ResourceError(f"{here}: 'block' field 'particle' must be a string (quote \"off\")", code="E312")
        out.append(BlockCondition(
            objects=_word_list(raw.get("object", []), here, "block.object"),
            subjects=_word_list(raw.get("subject", []), here, "block.subject"),
            preposition=preposition, prep_objects=_word_list(raw.get("prep_object", []), here, "block.prep_object"),
            particle=particle, object_kinds=_object_kinds(raw.get("object_kind", []), here, "block.object_kind"),
            passive=passive, describing=describing,
            subject_kinds=_object_kinds(raw.get("subject_kind", []), here, "block.subject_kind",
                                        allowed=SUBJECT_KINDS, of="subject")))
    return tuple(out)


class Lexicon:
    """Entries indexed by (pos, lemma); later files override earlier ones by ``id``."""

    def __init__(self, entries: Iterable[LexiconEntry], *, files: tuple[str, ...] = (),
                 irregular: dict[str, str] | None = None) -> None:
        self.entries = {entry.id: entry for entry in entries}
        self.files = files
        self._index: dict[tuple[str, str], list[LexiconEntry]] = {}
        for entry in self.entries.values():
            self._index.setdefault((entry.pos, entry.lemma), []).append(entry)
        for group in self._index.values():
            group.sort(key=lambda e: -e.specificity)
        self._forms: dict[tuple[str, str], str] = {}
        for pos, lemma in self._index:
            for form in inflections(lemma, pos):
                self._forms.setdefault((pos, form), lemma)
        self.irregular_forms = len(irregular or {})
        for form, lemma in (irregular or {}).items():
            if ("verb", lemma) in self._index:
                self._forms.setdefault(("verb", form), lemma)

    def lemma_for(self, pos: str, lemma: str, text: str) -> str | None:
        """The lexicon lemma for a token: its own lemma when listed, else its surface form read as
        an inflection of a listed lemma (a guard against lemmatizer slips: "strengthene")."""
        lemma = lemma.lower()
        if (pos, lemma) in self._index:
            return lemma
        return self._forms.get((pos, text.lower()))

    def candidates(self, pos: str, lemma: str, *, include_constrained: bool = False) -> list[LexiconEntry]:
        """Entries for this lemma, most specific first. Entries with a ``prep_object``, ``subject`` or
        ``object_kind`` constraint are offered only to a matcher that checks them (``include_constrained=True``,
        with :meth:`LexiconEntry.unmet_constraint`): unchecked, they would match too much."""
        entries = self._index.get((pos, lemma.lower()), [])
        if include_constrained:
            return entries
        return [e for e in entries if not e.checked_constraint]

    def __len__(self) -> int:
        return len(self.entries)

    def info(self) -> dict[str, Any]:
        verbs = sum(1 for e in self.entries.values() if e.pos == "verb")
        return {"files": list(self.files), "irregular_verbs": IRREGULAR_FILE, "entries": len(self.entries), "verbs": verbs,
                "nouns": len(self.entries) - verbs, "irregular_forms": self.irregular_forms}


def load_lexicon(paths: Iterable[Path | str], *, ontology: Ontology) -> Lexicon:
    """Load lexicon files in order; an entry with an existing ``id`` replaces it."""
    entries: dict[str, LexiconEntry] = {}
    files: list[str] = []
    for path in map(Path, paths):
        data = read_yaml(path)
        files.append(str(path) if path.parent != DATA_DIR else path.name)
        if not isinstance(data, dict):
            raise ResourceError(f"{path}: a lexicon file is a mapping with 'verbs:' and/or 'nouns:'",
                                code="E312")
        unknown = sorted(set(data) - {"verbs", "nouns", _LINE})
        if unknown:
            raise ResourceError(f"{path}:{data.get(_LINE, 1)}: unknown section(s) {', '.join(unknown)}; "
                                "allowed: verbs, nouns", code="E312")
        for section, pos in (("verbs", "verb"), ("nouns", "noun")):
            raw_entries = data.get(section) or []
            if not isinstance(raw_entries, list):
                raise ResourceError(f"{path}: section '{section}' must be a list of entries", code="E312")
            seen: set[str] = set()
            for raw in raw_entries:
                parsed = parse_entry(raw, pos=pos, path=path, ontology=ontology)
                if isinstance(parsed, str):
                    entries.pop(parsed, None)
                    continue
                if parsed.id in seen:
                    raise ResourceError(f"{parsed.source}: id {parsed.id!r} is used twice in this file",
                                        code="E312")
                seen.add(parsed.id)
                entries[parsed.id] = parsed
    return Lexicon(entries.values(), files=tuple(files), irregular=load_irregular_forms())


def load_irregular_forms(path: Path | None = None) -> dict[str, str]:
    """Irregular verb forms (``irregular_verbs.yaml``: ``forms: {form: lemma}``), a guard against
    lemmatizer slips on irregular verbs ("blew", "fought")."""
    path = path or DATA_DIR / IRREGULAR_FILE
    data = read_yaml(path)
    forms = data.get("forms") if isinstance(data, dict) else None
    if not isinstance(forms, dict):
        raise ResourceError(f"{path}: the file is a mapping with 'forms:' (form: lemma)", code="E313")
    out = {}
    for form, lemma in forms.items():
        if form == _LINE:
            continue
        if not isinstance(form, str) or not isinstance(lemma, str) or " " in lemma.strip():
            raise ResourceError(f"{path}:{forms.get(_LINE, '?')}: entry {form!r}: {lemma!r} must map a word to "
                                "a one-word lemma", code="E313")
        out[form.lower()] = lemma.strip().lower()
    return out


@dataclass(frozen=True, slots=True)
class Cues:
    """Closed-class words that steer modality and roles (data file ``cues.yaml``)."""

    negation: frozenset[str]
    speculative_aux: frozenset[str]
    future_aux: frozenset[str]
    reported_future_aux: frozenset[str]
    ultimatum_marks: frozenset[str]
    obligation_aux: frozenset[str]
    conditional_marks: frozenset[str]
    pending_marks: frozenset[str]
    intent_governors: frozenset[str]
    commissive_governors: frozenset[str]
    speculative_governors: frozenset[str]
    negative_governors: frozenset[str]
    reporting_verbs: frozenset[str]
    light_verbs: frozenset[str]
    phrase_verbs: frozenset[str]
    agent_preps: frozenset[str]
    recipient_preps: frozenset[str]
    source: str = ""
    stative_participles: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    refusal_governors: frozenset[str] = frozenset()
    directive_governors: frozenset[str] = frozenset()
    enabling_governors: frozenset[str] = frozenset()
    readiness_governors: frozenset[str] = frozenset()
    non_light_phrasals: frozenset[str] = frozenset()
    complaint_verbs: frozenset[str] = frozenset()
    attribute_participles: frozenset[str] = frozenset()
    symmetric_verbs: frozenset[str] = frozenset()
    purpose_passives: frozenset[str] = frozenset()
    policy_nouns: frozenset[str] = frozenset()
    obligation_governors: frozenset[str] = frozenset()
    future_governors: frozenset[str] = frozenset()
    prevention_governors: frozenset[str] = frozenset()
    #: the light verbs' regular inflections, derived on load (a lemmatizer slip: "staged" left as its lemma)
    light_verb_forms: frozenset[str] = frozenset()


_CUE_FIELDS = tuple(f for f in Cues.__dataclass_fields__ if f not in ("source", "light_verb_forms"))


@lru_cache(maxsize=1)
def bundled_cues() -> Cues:
    """The bundled cue file, read once per process (an immutable record): the events stage, the
    parse repairs and the role finder share it."""
    return load_cues()


@lru_cache(maxsize=4)
def bundled_noun_lemmas(event_type: str | None = None) -> frozenset[str]:
    """The lemmas of the bundled noun lexicon (``nouns.yaml``): nouns that name an event and
    take its agent in a "by" phrase ("an ambush by FARC"), which the role finder must not read
    as a misplaced agent of the verb; with ``event_type``, only those of entries of that type."""
    entries = read_yaml(DATA_DIR / "nouns.yaml").get("nouns") or []
    return frozenset(str(e["lemma"]).lower() for e in entries if isinstance(e, dict) and e.get("lemma")
                     and (event_type is None or e.get("type") == event_type))


def load_cues(path: Path | None = None) -> Cues:
    path = path or DATA_DIR / CUES_FILE
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ResourceError(f"{path}: the cue file is a mapping of lists", code="E313")
    values: dict[str, frozenset[str]] = {}
    for name in _CUE_FIELDS:
        if name not in data:
            raise ResourceError(f"{path}: missing list '{name}'", code="E313")
        values[name] = frozenset(w.lower() for w in _string_list(data[name], str(path), name))
    unknown = sorted(set(data) - set(_CUE_FIELDS) - {_LINE})
    if unknown:
        raise ResourceError(f"{path}:{data.get(_LINE, 1)}: unknown list(s) {', '.join(unknown)}", code="E313")
    forms = frozenset(form for light in values["light_verbs"] for form in inflections(light, "verb"))
    return Cues(**values, source=path.name, light_verb_forms=forms)
