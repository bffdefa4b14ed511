"""evaluate_petrarch_unittests: PETRARCH2's unit-test records scored against Lapwing's events
(hand-written records and a stub pipeline; the shipped pipeline on one record; the real folder
when ../shared is present)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.petrarch_tests import (
    actor_code, evaluate_petrarch_unittests, format_petrarch_unittests, read_unittest_records,
    write_petrarch_verb_lexicon,
)
from lapwing.model import Actor, Article, CodedArticle, Event, Mention

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
UNITTESTS = SHARED / "data" / "petrarch2-unittests"
MODEL = REPO / "src" / "lapwing" / "segment" / "models" / "en_lapwing_news"

RECORDS = """<Validation>
<!-- hand-written records in PETRARCH's unit-test format -->
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>
<Text>Arnor attacked Gondor.</Text>
<Parse></Parse>
</Sentence>
<Sentence date="19950101" id="T-02" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="051"></EventCoding>
<Text>The Arnor government praised Gondor.</Text>
</Sentence>
<Sentence date="19950102" id="T-03" category="AGENT" sentence="true">
<EventCoding sourcecode="ARNGOVFRM" targetcode="---" eventcode="102"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="903"></EventCoding>
<Text>
A former Arnor minister urged calm, Gondor said.
</Text>
</Sentence>
<Sentence date="19950103" id="T-04" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Arnor might attack Gondor.</Text>
</Sentence>
<Sentence date="19950103" id="T-05" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Arnor met Gondor.</Text>
</Sentence>
<Sentence date="19950104" id="T-06" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Arnor discarded this story.</Text>
</Sentence>
<Sentence date="19950104" id="T-07" category="DEMO" sentence="true">
<Text>A record without assertions.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def mention(code: str | None, *, sector: str | None = None, cameo: str | None = None) -> Mention:
    return Mention(start_char=0, end_char=1, text=code or "x", kind="organization",
                   actor=Actor(name=code or "x", code=code, country=code, sector=sector, cameo_code=cameo))


# text -> (mentions of the sentence, [(actors, recipients, CAMEO code, modality)])
_ARN, _GON, _ARNGOV = mention("ARN", cameo="ARN"), mention("GON"), mention("ARN", sector="GOV")
STUB = {
    "Arnor attacked Gondor.": ((_ARN, _GON), [((_ARN,), (_GON,), "190", "asserted")]),
    "The Arnor government praised Gondor.": ((_ARN, _GON), [((_ARN,), (_GON,), "057", "asserted")]),
    "A former Arnor minister urged calm, Gondor said.": ((_ARNGOV, _GON), [((_ARNGOV,), (), "102", "reported")]),
    "Arnor might attack Gondor.": ((_ARN, _GON), [((_ARN,), (_GON,), "190", "hypothetical"),
                                                  ((_ARN,), (), "023", "asserted")]),
    "Arnor met Gondor.": ((_ARN, _GON), [((_ARN,), (_GON,), "040", "asserted")]),
    "Arnor discarded this story.": ((), []),
}


class StubPipeline:
    def __init__(self) -> None:
        self.dates: list[str] = []

    def run(self, article: Article) -> CodedArticle:
        self.dates.append(article.date.isoformat())
        mentions, specs = STUB[article.text]
        events = tuple(Event(id=f"{article.id}-{n}", article_id=article.id, event_type="X", cameo=cameo,
                             actors=actors, recipients=recipients, modality=modality)
                       for n, (actors, recipients, cameo, modality) in enumerate(specs))
        return CodedArticle(article=article, mentions=mentions, events=events)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "PETR.UnitTest.records.xml").write_text(RECORDS, encoding="utf-8")
    (tmp_path / "PETR.Validate.actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n", encoding="utf-8")
    (tmp_path / "PETR.Validate.agents.txt").write_text("GOVERNMENT [~GOV]\n", encoding="utf-8")
    return tmp_path


def test_reads_the_records(folder: Path) -> None:
    records = read_unittest_records(folder / "PETR.UnitTest.records.xml")
    assert [r.id for r in records] == ["T-01", "T-02", "T-03", "T-04", "T-05", "T-06", "T-07"]
    third = records[2]
    assert third.text == "A former Arnor minister urged calm, Gondor said."
    assert third.date.isoformat() == "1995-01-02" and third.category == "AGENT"
    assert [(a.kind, a.source, a.target, a.cameo) for a in third.assertions] == [
        ("event", "ARNGOVFRM", "---", "102"), ("event", "GON", "ARN", "903")]
    assert [a.kind for a in records[3].assertions] == ["noevents"]
    assert records[5].assertions[0].error == "storydiscard" and records[6].assertions == ()


def test_scores_each_assertion_at_each_level(folder: Path) -> None:
    stub = StubPipeline()
    result = evaluate_petrarch_unittests(folder, pipeline=stub)
    assert stub.dates[0] == "1995-01-01" and len(stub.dates) == 6   # T-07 has nothing to check
    assert (result["sentences"], result["assertions"], result["scored"]) == (6, 7, 6)
    assert (result["event_assertions"], result["noevents_assertions"], result["error_assertions_not_scored"]) \
        == (4, 2, 1)
    # T-01 met; T-02 only by country and root (ARN vs ARNGOV, 057 vs 051); T-03 first met by its
    # first six letters and a reported event; T-04's dyadic event is hypothetical and its
    # asserted one has no recipient (require_dyad): no events met.
    assert result["met"] == {"strict": 3, "root": 3, "country_strict": 3, "country_root": 4}
    assert result["share"]["strict"] == 0.5 and result["share"]["country_root"] == 0.667
    assert result["expected_code_not_cameo"] == 1
    assert result["share_cameo_codes_only"]["strict"] == 0.6
    assert result["by_category"] == {
        "AGENT": {"assertions": 2, "strict": 1, "root": 1, "share_strict": 0.5, "share_root": 0.5},
        "DEMO": {"assertions": 2, "strict": 1, "root": 1, "share_strict": 0.5, "share_root": 0.5},
        "PARSING": {"assertions": 2, "strict": 1, "root": 1, "share_strict": 0.5, "share_root": 0.5}}
    assert result["miss_causes"] == {"source actor not found": 1, "target actor not found": 1,
                                     "events coded where none expected": 1}
    assert result["actors_expected"] == 7
    assert result["actors_found"] == {"code_and_agent": 0.714, "country": 1.0}
    assert [m["id"] for m in result["misses"]] == ["T-02", "T-03", "T-05"]
    assert result["misses"][0]["coded"] == ["ARN -> GON 057 X"]
    text = format_petrarch_unittests(result)
    assert "code + agent (6 letters)         0.500       0.500" in text
    assert "T-05 [events coded where none expected] expected no events" in text


def test_actor_code_as_petrarch_writes_it() -> None:
    assert actor_code(Actor(name="a", code="ARN", country="ARN", sector="GOV")) == "ARNGOV"
    assert actor_code(Actor(name="a", code="ARN", cameo_code="ARN", sector="MIL")) == "ARNMIL"
    assert actor_code(Actor(name="a", cameo_code="IGOCOPITP", code="IGO")) == "IGOCOPITP"
    assert actor_code(Actor(name="a", sector="GOV")) == "---GOV"
    assert actor_code(None) == "---"


def test_verb_entries_become_a_user_lexicon(tmp_path: Path) -> None:
    from lapwing.events.lexicon import BUNDLED_LEXICONS, DATA_DIR, load_lexicon
    from lapwing.ontology import load_ontology

    verbs = tmp_path / "verbs.txt"
    verbs.write_text("<!-- a comment -->\n&SYN\n+FOO\n\n--- ATTACK  [190] ---\nATTACK   # note\n"
                     "STRIKE {STRUCK} [195]\n- * TIES [064]\n\n--- BLAH [903] ---\nBLAH\n\n"
                     "--- SAY [---] ---\nSAY\n\n--- ADMIT [013:012] ---\nADMIT\nLASH OUT\n", encoding="utf-8")
    out = tmp_path / "lexicon.yaml"
    ontology = load_ontology()
    info = write_petrarch_verb_lexicon(verbs, out, ontology=ontology)
    assert info["entries"] == 2 and info["bundled_entries_replaced"] >= 1
    assert info["skipped"] == {"pattern or synset line": 1, "code not in the CAMEO table (WEIS or made up)": 1,
                               "no code (---)": 1, "source:target code pair": 1,
                               "multi-word or unreadable verb": 1}
    lexicon = load_lexicon([DATA_DIR / n for n in BUNDLED_LEXICONS] + [out], ontology=ontology)
    plain = [e for e in lexicon.candidates("verb", "attack") if e.specificity == 0]
    assert [(e.cameo, e.event_type) for e in plain] == [("190", "ASSAULT")]
    assert [e.cameo for e in lexicon.candidates("verb", "strike") if e.id.startswith("petrarch.")] == ["195"]


def test_bad_input_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        evaluate_petrarch_unittests(tmp_path / "nowhere")
    assert missing.value.code == "E101"
    bad = tmp_path / "PETR.UnitTest.records.xml"
    bad.write_text("<Validation><Sentences><Sentence date='1995'>", encoding="utf-8")
    with pytest.raises(InputError) as unreadable:
        read_unittest_records(bad)
    assert unreadable.value.code == "E104"
    bad.write_text("<Validation><Sentences><Sentence date='1995' id='X'><Text>a</Text></Sentence>"
                   "</Sentences></Validation>", encoding="utf-8")
    with pytest.raises(InputError, match="date '1995' is not YYYYMMDD"):
        read_unittest_records(bad)


@pytest.mark.skipif(not MODEL.exists(), reason="the shipped spaCy model en_lapwing_news is not built")
def test_shipped_pipeline_with_user_dictionaries(folder: Path) -> None:
    records = folder / "PETR.UnitTest.records.xml"
    records.write_text(RECORDS.split("<Sentence date=\"19950101\" id=\"T-02\"")[0] + "</Sentences></Validation>",
                       encoding="utf-8")
    result = evaluate_petrarch_unittests(folder, use_verbs=False)
    assert result["scored"] == 1 and result["actors_found"]["code_and_agent"] == 1.0
    assert result["met"]["root"] == 1, result["misses"]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared (development data) is absent")
def test_real_records_folder() -> None:
    records = read_unittest_records(UNITTESTS / "PETR.UnitTest.records.xml")
    kinds = [a.kind for r in records for a in r.assertions]
    assert len(records) == 284
    assert (len(kinds), kinds.count("event"), kinds.count("noevents"), kinds.count("error")) == (385, 359, 19, 7)
    if not MODEL.exists():
        pytest.skip("the shipped spaCy model en_lapwing_news is not built")
    result = evaluate_petrarch_unittests(UNITTESTS, limit=20)
    assert result["sentences"] == 20 and result["verbs"]["entries"] > 100
    assert result["actors_found"]["country"] >= 0.6
    assert result["met"]["country_root"] >= 1
