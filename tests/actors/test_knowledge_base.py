"""The actor knowledge base: bundled data, users' YAML/CSV files, and errors naming file and line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pycountry
import pytest
import spacy

from lapwing.actors.knowledge_base import KnowledgeBase
from lapwing.actors.stage import ActorStage
from lapwing.errors import ResourceError

_TOKENIZER = spacy.blank("en").tokenizer


def tokenize(text: str) -> list[str]:
    return [t.text for t in _TOKENIZER(text)]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.bundled(tokenize)


def test_every_iso_country_is_an_entry(kb: KnowledgeBase) -> None:
    for country in pycountry.countries:
        entry = kb.entries[f"country/{country.alpha_3}"]
        assert entry.code == country.alpha_3 and entry.kind == "country"


def test_bundled_entries_are_valid(kb: KnowledgeBase) -> None:
    assert set(kb.sectors) >= {"GOV", "MIL", "REB", "OPP", "PTY", "LEG", "JUD", "COP", "IGO", "NGO"}
    for entry in kb.entries.values():
        assert entry.sector is None or entry.sector in kb.sectors, entry.origin
        for role in entry.roles:
            assert role.start is None or role.end is None or role.start < role.end, entry.origin
    assert all(entry.wikidata_id is None for entry in kb.entries.values())  # no source states one


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ("- {name: Foo, kind: organization, sector: XYZ}\n", "field 'sector': 'XYZ' is not a sector"),
    ("- {name: Foo, kind: organization}\n- {name: Bar, kind: planet}\n", ":2: field 'kind': 'planet'"),
    ("- {name: Foo, kind: organization, country: ZZZ}\n", "field 'country': 'ZZZ' is not an ISO 3166-1"),
    ("- {name: Foo, kind: person, roles: [{country: USA, start: 2020-13-01}]}\n", "is not an ISO date"),
    ("- {name: Foo, Bar, kind: organization}\n", "unknown field 'Bar'"),
    ("- {kind: organization}\n", "field 'name' is missing"),
    ("- {name: Foo, kind: person, roles: [{country: USA, start: 2021-01-01, end: 2020-01-01}]}\n",
     "ends (2020-01-01) before it starts"),
])
def test_bad_entries_name_file_and_line(kb: KnowledgeBase, tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "actors.yaml", text)
    with pytest.raises(ResourceError) as error:
        kb.load_entries(path, rank=1)
    assert str(path) in str(error.value) and message in str(error.value)


def test_bad_yaml_names_the_line(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = write(tmp_path, "actors.yaml", "- {name: Foo, kind: organization}\n- {name: [oops\n")
    with pytest.raises(ResourceError, match=r"actors\.yaml:\d+: not valid YAML"):
        kb.load_entries(path, rank=1)


def doc_for(stage: ActorStage, text: str, day: dt.date):
    from lapwing.model import Article, CodedArticle, Sentence, Token

    tokens = tuple(Token(i=i, text=t.text, start_char=t.idx, end_char=t.idx + len(t.text))
                   for i, t in enumerate(_TOKENIZER(text)))
    sent = Sentence(index=0, start_char=0, end_char=len(text), text=text, tokens=tokens)
    return stage(CodedArticle(article=Article(id="t", date=day, text=text), sentences=(sent,)))


def test_user_csv_adds_dated_roles_one_row_each(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.csv",
                 "id,name,kind,names,country,sector,title,start,end\n"
                 "person/jane-roe,Jane Roe,person,J. Roe|Roe,RUS,GOV,Mayor,2010-01-01,2015-01-01\n"
                 "person/jane-roe,Jane Roe,person,,RUS,OPP,Activist,2015-01-01,\n")
    stage = ActorStage({"extra": [str(path)]}, {})
    early = doc_for(stage, "Jane Roe spoke.", dt.date(2012, 1, 1)).mentions[0]
    late = doc_for(stage, "Jane Roe spoke.", dt.date(2019, 1, 1)).mentions[0]
    assert (early.actor.country, early.actor.sector) == ("RUS", "GOV")
    assert (late.actor.country, late.actor.sector) == ("RUS", "OPP")


def test_user_yaml_overrides_a_bundled_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "- {id: group/wagner-group, name: Wagner Group, kind: group, "
                                        "code: RUS, country: RUS, sector: BUS}\n")
    stage = ActorStage({"extra": [str(path)]}, {})
    mention = doc_for(stage, "Wagner Group deployed.", dt.date(2020, 1, 1)).mentions[0]
    assert mention.actor.sector == "BUS" and str(path) in " ".join(mention.resolution.evidence)


def test_user_names_win_over_bundled_names(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "- {name: Georgia State Government, kind: organization, "
                                        "names: [Georgia], code: USA, country: USA, sector: GOV}\n")
    stage = ActorStage({"extra": [str(path)]}, {})
    mention = doc_for(stage, "Georgia objected.", dt.date(2020, 1, 1)).mentions[0]
    assert mention.actor.code == "USA"
