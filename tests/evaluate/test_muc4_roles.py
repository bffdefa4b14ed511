"""muc4-roles: MUC-4 role fillers found as actors and recipients of violent events (hand-built
documents and events, a stub pipeline over a GRIT file the tests write; one run on the real
development split when ../shared is present)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from lapwing.errors import InputError
from lapwing.evaluate.gold_sets import GOLD_SETS, format_gold_set
from lapwing.evaluate.muc4_roles import (NOMINAL_DATE, Muc4Document, evaluate_muc4_roles,
                                         format_muc4_roles, head_word, muc4_article, muc4_dev_file,
                                         phrase_matches, phrase_words, read_muc4_documents,
                                         score_document)
from lapwing.model import CodedArticle, Event, Mention

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DEV = SHARED / "data" / "muc4" / "dev.json"
EMPTY_ROLES = {"perp_individual_id": [], "perp_organization_id": [], "phys_tgt_id": [],
               "hum_tgt_name": [], "incident_instrument_id": []}


def document(key: str = "D1", text: str = "", **roles: list[list[str]]) -> Muc4Document:
    merged = {**EMPTY_ROLES, **roles}
    return Muc4Document(key=key, doc=text, roles={r: tuple(tuple(e) for e in v) for r, v in merged.items()})


def mention(text: str, start: int = 0) -> Mention:
    return Mention(start_char=start, end_char=start + len(text), text=text, kind="group")


def event(event_type: str, actors: tuple[str, ...] = (), recipients: tuple[str, ...] = (), *,
          modality: str = "asserted", text: str = "") -> Event:
    return Event(id="e", article_id="D1", event_type=event_type, modality=modality, text=text,
                 actors=tuple(mention(a, 10 * i) for i, a in enumerate(actors)),
                 recipients=tuple(mention(r, 100 + 10 * i) for i, r in enumerate(recipients)))


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    ("GUERRILLAS", "guerrillas", True),                       # case aside
    ("THE FMLN", "FMLN", True),                               # leading article dropped
    ("three peasants", "PEASANT", True),                      # head word, plural taken off
    ("the buses", "BUS", True),                               # -ses -> drop -es
    ("militias", "MILITIA", True),
    ("Members of the FMLN", "MEMBER OF THE ETA", True),       # head before "of"
    ("A GUERRILLA COLUMN", "GUERRILLAS", False),              # head word differs
    ("TROOPS WHO", "TROOPS", True),                           # a relative word ends the head part
    ("MAN WHO IS A NATIVE OF MEDELLIN", "MAN", True),
    ("100 STUDENTS FROM THE SCHOOL", "SCHOOL", False),
    ("the police", "POLICE", True),
    ("the press", "PRES", False),                             # -ss is not a plural
    ('"SANTO TOMAS" FARM', "SANTO TOMAS FARM", True),         # punctuation is spacing
    ("the", "THE", False),                                    # nothing left to match
])
def test_phrase_matching_on_words_or_head_word(predicted, gold, expected):
    assert phrase_matches(predicted, gold) is expected


def test_phrase_words_and_head_word():
    assert phrase_words("The  U.S. embassy's gate") == ("u", "s", "embassy", "s", "gate")
    assert head_word(("office", "of", "the", "attorneys")) == "office"
    assert head_word(("building", "next", "to", "the", "embassy")) == "building"
    assert head_word(("of", "cities")) == "city"
    assert head_word(()) == ""


def test_perpetrators_as_actors_targets_as_recipients_and_physical_targets_in_the_sentence():
    doc = document(perp_individual_id=[["GUERRILLAS"]],
                   perp_organization_id=[["FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT"]],
                   hum_tgt_name=[["JOSE PEREZ"], ["MARIA LOPEZ"]],
                   phys_tgt_id=[["TANK TRUCK"], ["POWER STATION"]],
                   incident_instrument_id=[["DYNAMITE"]])
    events = [
        event("ASSAULT", ("the guerrillas",), ("Perez",),
              text="Guerrillas shot Perez and burned a tank truck."),
        event("THREATEN", ("the Farabundo Marti National Liberation Front",), ("the army",)),
        event("ASSAULT", ("Maria Lopez",), ()),                       # a target as an actor: swapped
        event("ASSAULT", ("dynamite",), ("power station",), modality="hypothetical"),  # did not happen
        event("CONSULT", (), ("the power station",)),                # not a violent type
    ]
    tally = score_document(doc, events)
    assert (tally["perp_individual_id:found"], tally["perp_organization_id:found"]) == (1, 1)
    assert [tally[f"hum_tgt_name:{k}"] for k in ("gold", "found", "swapped")] == [2, 1, 1]
    assert (tally["phys_tgt_id:found"], tally["phys_tgt_id:found_as_recipient"]) == (1, 0)
    assert tally["violent"] == 3 and tally["false_alarms"] == 0
    # actors: guerrillas, the Front, Maria Lopez (all gold strings); recipients: Perez right, army wrong
    assert (tally["actor_predicted"], tally["actor_right"]) == (3, 3)
    assert (tally["recipient_predicted"], tally["recipient_right"]) == (2, 1)
    assert (tally["predicted"], tally["right"]) == (5, 4)


def test_a_mention_shared_by_two_events_counts_once():
    doc = document(perp_individual_id=[["SOLDIERS"]])
    tally = score_document(doc, [event("ASSAULT", ("SOLDIERS",)), event("COERCE", ("SOLDIERS",))])
    assert (tally["predicted"], tally["right"], tally["perp_individual_id:found"]) == (1, 1, 1)


def test_an_inferred_unnamed_attacker_claims_no_string_but_its_event_counts():
    from lapwing.model import Actor, Provenance

    doc = document(hum_tgt_name=[["JOSE PEREZ"]])
    unnamed = mention("SHOT", 5).replace(actor=Actor(name="unnamed attacker", code="UAF", sector="UAF"),
                                         resolution=Provenance(stage="events", rule="unnamed-attacker",
                                                               reason="no attacker named"))
    tally = score_document(doc, [Event(id="e", article_id="D1", event_type="ASSAULT", actors=(unnamed,),
                                       recipients=(mention("Perez", 100),))])
    assert (tally["actor_predicted"], tally["recipient_predicted"], tally["recipient_right"]) == (0, 1, 1)
    assert tally["violent"] == 1 and tally["hum_tgt_name:found"] == 1
    # an actor the text names counts, even when the actors stage resolved it by a rule of its own
    named = mention("GUERRILLAS", 5).replace(resolution=Provenance(stage="actors", rule="unnamed-x", reason=""))
    assert score_document(doc, [Event(
        id="e", article_id="D1", event_type="ASSAULT", actors=(named,))])["actor_predicted"] == 1


def test_a_document_without_a_template_counts_its_violent_events_as_false_alarms():
    tally = score_document(document(), [event("ASSAULT", ("army",)), event("ASSAULT", ("police",),
                                        modality="negated"), event("AGREE", ("army",))])
    assert tally == {"false_alarms": 1}


def test_types_can_be_chosen():
    doc = document(perp_individual_id=[["TROOPS"]])
    assert score_document(doc, [event("MOBILIZE", ("troops",))])["perp_individual_id:found"] == 0
    tally = score_document(doc, [event("MOBILIZE", ("troops",))], types=frozenset({"MOBILIZE"}))
    assert tally["perp_individual_id:found"] == 1


def write_grit(tmp_path: Path, records: dict[str, dict]) -> Path:
    folder = tmp_path / "muc4"
    folder.mkdir()
    path = folder / "dev.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    (folder / "test.json").write_text("not read", encoding="utf-8")
    return path


class KillStage:
    """A stub events stage: ``X KILLED Y`` lines become ASSAULT events; ``BOOM`` fails the document."""

    name, requires, assigns = "events", (), ("events",)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        text = doc.article.text
        if "BOOM" in text:
            raise ValueError("stub failure")
        events = []
        for line in text.split("\n\n"):
            if " KILLED " in line:
                actor, target = line.split(" KILLED ", 1)
                start = text.index(line)
                events.append(Event(id=f"{doc.article.id}-{len(events)}", article_id=doc.article.id,
                                    event_type="ASSAULT", text=line,
                                    actors=(mention(actor, start),),
                                    recipients=(mention(target, start + len(actor) + 8),)))
        return doc.replace(events=tuple(events))

    def info(self) -> dict:
        return {}


class StubPipeline:
    stages = [KillStage()]


def test_evaluate_reads_codes_rejects_and_scores(tmp_path):
    path = write_grit(tmp_path, {
        "A": {"doc": "GUERRILLAS KILLED\nJOSE PEREZ\n\nTODAY, 3 MARCH 1990.",
              "roles": {**EMPTY_ROLES, "perp_individual_id": [["GUERRILLAS"]],
                        "hum_tgt_name": [["JOSE PEREZ"], ["ANA DIAZ"]]}},
        "B": {"doc": "SOLDIERS KILLED PEASANTS", "roles": EMPTY_ROLES},
        "C": {"doc": "BOOM", "roles": {**EMPTY_ROLES, "perp_organization_id": [["ELN"]]}},
        "D": {"doc": "   \n", "roles": EMPTY_ROLES},
    })
    result = evaluate_muc4_roles(tmp_path, pipeline=StubPipeline())
    assert result["path"] == str(path)
    assert (result["documents"], result["coded"], result["rejected"]) == (4, 2, 2)
    assert result["rejected_by_reason"] == {"coding_error": 1, "empty_text": 1}
    assert (result["with_template"], result["without_template"], result["dated_from_text"]) == (1, 1, 1)
    assert result["roles"]["perp_individual_id"] == {"gold": 1, "found": 1, "recall": 1.0, "swapped": 0}
    assert result["roles"]["hum_tgt_name"]["recall"] == 0.5
    assert result["roles"]["perp_organization_id"]["gold"] == 0   # its document was rejected
    assert result["recall"] == round(2 / 3, 3) and result["precision"] == 1.0
    assert (result["false_alarms"], result["documents_with_false_alarms"]) == (1, 1)
    table = format_muc4_roles(result)
    assert "4 documents read, 2 coded, 2 rejected" in table and "false alarms: 1 violent events" in table
    assert evaluate_muc4_roles(path, pipeline=StubPipeline(), limit=1)["documents"] == 1


def test_an_undated_document_gets_the_nominal_date_and_a_dated_one_its_own():
    assert muc4_article(document(text="NO DATE HERE")).date == NOMINAL_DATE
    assert muc4_article(document(text="ON 12 MAY 1989 THEY\nMET.")).date.isoformat() == "1989-05-12"
    assert muc4_article(document(text="ON 12 MAY 1989 THEY\nMET.")).text == "ON 12 MAY 1989 THEY MET."


def test_a_bad_record_names_the_file_key_and_field(tmp_path):
    bad = {**EMPTY_ROLES, "hum_tgt_name": ["NOT A LIST"]}
    path = write_grit(tmp_path, {"K7": {"doc": "X", "roles": bad}})
    with pytest.raises(InputError, match=r"dev\.json: field 'roles\.hum_tgt_name': document 'K7'"):
        read_muc4_documents(path)
    with pytest.raises(InputError, match="no dev.json"):
        muc4_dev_file(tmp_path / "muc4" / "nowhere")


def test_the_set_is_registered():
    assert "muc4-roles" in GOLD_SETS
    assert format_gold_set({"gold_set": "muc4-roles", "table": "T"}) == "T"


@pytest.mark.skipif(not DEV.exists(), reason="../shared (development data) is absent")
def test_the_development_split_is_read_and_scored(pipeline):
    documents = read_muc4_documents(muc4_dev_file(SHARED / "data"))
    assert len(documents) == 200 and sum(d.has_template for d in documents) == 111
    result = evaluate_muc4_roles(DEV, pipeline=pipeline, limit=12)
    assert result["documents"] == 12 and result["coded"] + result["rejected"] == 12
    assert result["with_template"] + result["without_template"] == result["coded"]
    assert all(0 <= (row["recall"] or 0) <= 1 for row in result["roles"].values())
    assert result["roles"]["perp_individual_id"]["gold"] > 0
