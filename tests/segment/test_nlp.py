"""The bundled spaCy pipeline, load_pipeline/pipeline_info, and the CoNLL-U reader."""
from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from lapwing.errors import LapwingError  # noqa: E402
from lapwing.segment.nlp import BUNDLED_NAME, bundled_model_path, load_pipeline, pipeline_info  # noqa: E402
from lapwing.segment.training.train import (  # noqa: E402
    PIPELINE_VERSION,
    attach_entities,
    gum_named_entities,
    read_conllu,
    sentences_to_docs,
)

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
needs_data = pytest.mark.skipif(
    not (REPO.parent / "shared").exists(),
    reason="../shared (the development data beside the repository) is absent",
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_bundled_model_is_package_data():
    path = bundled_model_path()
    assert (path / "config.cfg").exists()
    assert (path / "meta.json").exists()
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 25_000_000


def test_bundled_model_loads_offline_and_parses(nlp, monkeypatch):
    # loading must not need the network or an installed model package
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    again = load_pipeline(BUNDLED_NAME)
    assert again.pipe_names == nlp.pipe_names
    for component in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert component in nlp.pipe_names
    doc = nlp("The rebels attacked the army base near the capital on Monday.")
    assert all(t.dep_ for t in doc)
    assert any(t.dep_ == "ROOT" for t in doc)
    assert {t.pos_ for t in doc} <= set(spacy.parts_of_speech.IDS) | {""}
    assert doc[1].pos_ == "NOUN"
    assert doc[2].lemma_ == "attack"
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "LOC"}


def test_passive_agent(nlp):
    doc = nlp("The new law is supported by the government.")
    deps = {t.text: t.dep_ for t in doc}
    assert deps["law"] in ("nsubj:pass", "nsubjpass")
    assert deps["government"] in ("obl", "obl:agent", "agent")
    assert doc[4].lemma_ == "support"


def test_entities(nlp):
    doc = nlp("President Barack Obama met officials of the United Nations in Paris on Tuesday.")
    labels = {ent.label_ for ent in doc.ents}
    assert labels <= {"PERSON", "ORG", "LOC"}
    assert "PERSON" in labels


def test_fast_cpu_ops_give_the_same_analysis(nlp):
    plain = load_pipeline(fast_cpu=False)
    text = "Police in Nairobi arrested two protesters after clashes with supporters of the opposition."
    a, b = nlp(text), plain(text)
    assert [(t.pos_, t.lemma_, t.dep_, t.head.i) for t in a] == [(t.pos_, t.lemma_, t.dep_, t.head.i) for t in b]
    assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_pipeline_info(nlp):
    info = pipeline_info(nlp)
    assert info["name"] == "en_lapwing_news"
    assert info["version"] == PIPELINE_VERSION  # the recipe's version is the bundled pipeline's
    # the word vectors ship in the vocabulary, so nothing is fetched at run time
    assert info["vectors"] == {"rows": 20000, "dimensions": 100, "words": 100000}
    assert info["components"] == nlp.pipe_names
    assert info["size_bytes"] > 1_000_000
    assert Path(info["path"]) == bundled_model_path()
    assert info["license"] == "CC BY-SA 4.0"
    assert info["spacy_running"] == spacy.__version__


def test_load_pipeline_from_path(tmp_path):
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "tiny")
    loaded = load_pipeline(str(tmp_path / "tiny"))
    assert loaded.pipe_names == ["sentencizer"]
    assert len(list(loaded("One. Two.").sents)) == 2
    info = pipeline_info(loaded)
    assert info["components"] == ["sentencizer"]
    assert info["size_bytes"] > 0
    assert info["vectors"] is None


def test_pipeline_info_describes_a_vectors_table():
    import numpy
    from spacy.vectors import Vectors

    blank = spacy.blank("en")
    blank.vocab.vectors = Vectors(data=numpy.ones((2, 5), dtype="float32"), keys=[11, 12])
    blank.vocab.vectors.add(13, row=0)
    assert pipeline_info(blank)["vectors"] == {"rows": 2, "dimensions": 5, "words": 3}


def test_bad_name_gives_clear_error(tmp_path):
    with pytest.raises(LapwingError, match="no_such_pipeline_xyz"):
        load_pipeline("no_such_pipeline_xyz")
    with pytest.raises(LapwingError, match="does not exist"):
        load_pipeline(str(tmp_path / "missing"))


TINY_CONLLU = """\
# newdoc id = doc1
# sent_id = s1
# text = I don't like Paris.
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_
4\tlike\tlike\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_
5\tParis\tParis\tPROPN\tNNP\tNumber=Sing\t4\tobj\t_\tEntity=(1-place-new-1-Paris)|SpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = s2
# text = The University of Chicago is big.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(2-organization-new-1-UChicago
2\tUniversity\tUniversity\tPROPN\tNNP\t_\t6\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tChicago\tChicago\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(3-place-new-1-Chicago)2)
5\tis\tbe\tAUX\tVBZ\t_\t6\tcop\t_\t_
6\tbig\tbig\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_
"""


def test_conllu_reader():
    sents = read_conllu(TINY_CONLLU)
    assert len(sents) == 2
    s1, s2 = sents
    assert s1.sent_id == "s1" and s1.doc_id == "doc1"
    assert s1.words == ["I", "do", "n't", "like", "Paris", "."]
    assert s1.spaces == [True, False, True, True, False, False]
    assert s1.lemmas[2] == "not"
    assert s1.upos == ["PRON", "AUX", "PART", "VERB", "PROPN", "PUNCT"]
    assert s1.heads == [3, 3, 3, 3, 3, 3]  # 0-based; the root points to itself
    assert s1.deprels[3] == "root"
    assert s1.feats[0] == "Case=Nom|Number=Sing|Person=1|PronType=Prs"
    # named GUM mentions become PERSON/ORG/LOC, trimmed to the name; longest wins when nested
    assert gum_named_entities(s1) == [(4, 5, "LOC")]
    assert gum_named_entities(s2) == [(1, 4, "ORG")]

    attach_entities({"train": sents}, [])  # no sources: annotation stays missing
    assert s1.ents is None
    docs = sentences_to_docs(spacy.blank("en").vocab, sents)
    assert len(docs) == 1
    doc = docs[0]
    assert doc.text == "I don't like Paris. The University of Chicago is big."
    assert [t.dep_ for t in doc][:6] == ["nsubj", "aux", "advmod", "ROOT", "obj", "punct"]
    assert len(list(doc.sents)) == 2
    assert doc[4].pos_ == "PROPN" and doc[4].tag_ == "NNP"


def test_conllu_reader_marks_paragraph_starts():
    text = "# newdoc id = d\n# newpar\n" + TINY_CONLLU.split("# newdoc id = doc1\n", 1)[1]
    text = text.replace("# sent_id = s2", "# newpar id = p2\n# newpar_block = head (1 s)\n# sent_id = s2")
    assert [s.new_par for s in read_conllu(text)] == [True, True]
    assert [s.new_par for s in read_conllu(TINY_CONLLU)] == [False, False]


@needs_data
def test_real_treebank_reads():
    sents = read_conllu(DATA / "ud-english-ewt" / "en_ewt-ud-dev.conllu")
    assert len(sents) > 2000
    assert all(len(s.words) == len(s.heads) for s in sents)


def test_uner_reader_maps_labels(tmp_path):
    from lapwing.segment.training.train import read_iob2

    f = tmp_path / "tiny-test.iob2"
    f.write_text(
        "# sent_id = s1\n# text = Al-Zaman : American forces\n"
        "1\tAl\tB-ORG\t-\tx\n2\t-\tI-ORG\t-\tx\n3\tZaman\tI-ORG\t-\tx\n4\t:\tO\n"
        "5\tAmerican\tB-OTH\t-\tx\n6\tforces\tO\n\n",
        encoding="utf8",
    )
    sents = read_iob2(f)
    assert sents == {"s1": (["Al", "-", "Zaman", ":", "American", "forces"],
                            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])}


def test_missing_training_data_is_a_lapwing_error(tmp_path):
    from lapwing.segment.training.train import train_syntax

    with pytest.raises(LapwingError, match="not found"):
        train_syntax(treebanks=[tmp_path / "nope"], ner_sources=[], out_dir=tmp_path / "out")


def test_fast_cpu_ops_reach_every_layer_of_a_transition_component():
    """spaCy's default NER (as in en_core_web_sm) has its own CNN: it and the layer that
    precomputes each token's features for the transitions get the fast ops, and the entities
    are the same."""
    import spacy
    from spacy.training import Example
    from thinc.api import NumpyOps

    from lapwing.segment.nlp import use_fast_cpu_ops

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("PERSON")
    doc = nlp.make_doc("Anna met Ben")
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": [(0, 4, "PERSON")]})])
    before = nlp("Anna met Ben")
    lower = ner.model.get_ref("lower")
    assert any(getattr(node.ops, "use_blis", False) for node in lower.walk())
    use_fast_cpu_ops(nlp)
    for part in (ner.model.get_ref("tok2vec"), lower):
        assert all(not getattr(node.ops, "use_blis", True) for node in part.walk()
                   if isinstance(node.ops, NumpyOps))
    assert [(e.text, e.label_) for e in nlp("Anna met Ben").ents] == [(e.text, e.label_) for e in before.ents]
