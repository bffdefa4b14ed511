"""Reading TABARI/PETRARCH actors and agents dictionaries."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from lapwing.actors.knowledge_base import KnowledgeBase
from lapwing.actors.petrarch import load_petrarch_actors, load_petrarch_agents, parse_date
from lapwing.errors import ResourceError

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")
_TOKENIZER = spacy.blank("en").tokenizer


@pytest.fixture()
def kb() -> KnowledgeBase:
    return KnowledgeBase.bundled(lambda text: [t.text for t in _TOKENIZER(text)])


@pytest.mark.parametrize("text, day", [("870101", dt.date(1987, 1, 1)), ("090201", dt.date(2009, 2, 1)),
                                       ("20070101", dt.date(2007, 1, 1))])
def test_tabari_dates(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


def test_actors_with_synonyms_and_dated_roles(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "my.actors.txt"
    path.write_text(
        "<!-- a comment\n spanning lines -->\n"
        "RONALD_REAGAN_  # a president\n+PRESIDENT_REAGAN\n"
        "\t[USAGOV 810120-890120]\n\t[USAELI]\n"
        "FREEDONIA_ [FRD]\n+FREEDONIAN\n"
        "BOROMIR  [---]\n"
        "AUSTRALIA [AUS]\n+AUSSIE_\n", encoding="utf-8")
    assert load_petrarch_actors(kb, path) == 3
    reagan = kb.entries["petrarch/my.actors/ronald_reagan"]
    role, how = reagan.role_on(dt.date(1985, 1, 1))
    assert (role.country, role.sector, how) == ("USA", "GOV", "dated")
    role, how = reagan.role_on(dt.date(1995, 1, 1))
    assert (role.sector, how) == ("ELI", "default")
    assert any(a.text == "Aussie" and a.entry_id == "country/AUS" for a in kb.aliases)
    assert any(a.text == "Freedonian" for a in kb.aliases)


def test_synonym_before_any_name_is_an_error(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text("# header\n+ORPHAN\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.actors\.txt:2: a synonym"):
        load_petrarch_actors(kb, path)


def test_agents_with_macros_and_plurals(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "my.agents.txt"
    path.write_text("!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\nMILITARY_OBSERVER {} [~MIL]\n"
                    "COPTIC_CHRISTIAN {} [~CHRCPT]\n", encoding="utf-8")
    load_petrarch_agents(kb, path)
    words = {(a.text, a.sector) for a in kb.aliases if a.form == "sector_word" and a.rank == 1}
    assert {("policeman", "COP"), ("policemen", "COP"), ("military observers", "MIL")} <= words


@needs_shared
def test_validation_dictionaries_load(kb: KnowledgeBase) -> None:
    folder = SHARED / "data" / "petrarch2-unittests"
    assert load_petrarch_actors(kb, folder / "PETR.Validate.actors.txt") > 100
    assert load_petrarch_agents(kb, folder / "PETR.Validate.agents.txt") > 50


@needs_shared
def test_phoenix_dictionaries_load_with_dated_roles(kb: KnowledgeBase) -> None:
    folder = SHARED / "data" / "petrarch2-dictionaries"
    added = load_petrarch_actors(kb, folder / "Phoenix.Countries.actors.txt")
    assert added > 5000
    assad = next(e for e in kb.entries.values() if e.id.endswith("/bashar_al_assad"))
    role, _ = assad.role_on(dt.date(2015, 1, 1))
    assert role.country == "SYR"


@needs_shared
def test_phoenix_agents_load_and_report_malformed_lines(kb: KnowledgeBase) -> None:
    path = SHARED / "data" / "petrarch2-dictionaries" / "Phoenix.agents.txt"
    assert load_petrarch_agents(kb, path) > 1000
    assert any(":544:" in problem for problem in kb.sources[-1]["problems"])
