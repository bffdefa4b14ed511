import datetime as dt

import pytest

from lapwing.errors import PipelineError
from lapwing.model import Article, CodedArticle, Sentence
from lapwing.pipeline import Pipeline
from lapwing.registry import Registry, default_registry


class FakeSegmenter:
    name = "segment.fake.v1"
    requires = ("article",)
    assigns = ("sentences",)

    def __call__(self, doc: CodedArticle) -> CodedArticle:
        text = doc.article.text
        return doc.replace(sentences=(Sentence(index=0, start_char=0, end_char=len(text), text=text),))

    def info(self):
        return {"resources": {}}


class NeedsEvents(FakeSegmenter):
    name = "geo.fake.v1"
    requires = ("sentences", "events")
    assigns = ("places",)


def test_pipeline_runs_stages_in_order_and_records_them():
    pipeline = Pipeline([FakeSegmenter()])
    doc = pipeline.run(Article(id="a", date=dt.date(2020, 1, 1), text="Hello."))
    assert doc.stages == ("segment.fake.v1",)
    assert doc.sentences[0].text == "Hello."


def test_chain_is_checked_when_assembled():
    with pytest.raises(PipelineError, match="requires events, which no earlier stage assigns"):
        Pipeline([FakeSegmenter(), NeedsEvents()])


def test_registry_rejects_unversioned_names_and_unknown_implementations():
    registry = Registry()
    with pytest.raises(PipelineError, match="must look like"):
        registry.register("segment", "segment.fake", lambda s, c: FakeSegmenter())
    with pytest.raises(PipelineError, match="no implementation 'segment.nope.v1'"):
        registry.get("segment", "segment.nope.v1")


def test_default_registry_has_every_configured_stage():
    from lapwing.config import default_config

    registry = default_registry()
    config = default_config()
    for slot in ["ingest", *config["pipeline"]["stages"]]:
        assert config[slot]["impl"] in registry.names(slot)


def test_from_config_uses_the_registry():
    registry = Registry()
    registry.register("segment", "segment.fake.v1", lambda settings, config: FakeSegmenter())
    config = {"pipeline": {"stages": ["segment"]}, "segment": {"impl": "segment.fake.v1"}}
    pipeline = Pipeline.from_config(config, registry=registry)
    assert [s["name"] for s in pipeline.info()] == ["segment.fake.v1"]


def test_factories_with_resources_share_one_copy_and_plain_factories_still_work():
    from lapwing.pipeline import SharedResources, accepts_resources

    built = []

    class Stage:
        requires, assigns = ("article",), ("sentences",)

        def __init__(self, name, resource):
            self.name, self.resource = name, resource

        def __call__(self, doc):
            return doc

        def info(self):
            return {}

    def sharing(settings, config, *, resources=None):
        return Stage("segment.sharing.v1", resources.get("table", lambda: built.append(1) or object()))

    registry = Registry()
    registry.register("segment", "segment.sharing.v1", sharing)
    registry.register("actors", "actors.sharing.v1", lambda s, c, **kw: Stage("actors.sharing.v1",
                      kw["resources"].get("table", lambda: built.append(1) or object())))
    registry.register("events", "events.plain.v1", lambda settings, config: Stage("events.plain.v1", None))
    config = {"pipeline": {"stages": ["segment", "actors", "events"]}, "segment": {"impl": "segment.sharing.v1"},
              "actors": {"impl": "actors.sharing.v1"}, "events": {"impl": "events.plain.v1"}}
    pipeline = Pipeline.from_config(config, registry=registry)
    first, second, plain = pipeline.stages
    assert first.resource is second.resource and len(built) == 1
    assert plain.resource is None
    assert not accepts_resources(lambda settings, config: None)
    resources = SharedResources()
    assert resources.get("k", lambda: 1) == 1 and resources.get("k", lambda: 2) == 1 and resources.keys() == ["k"]


def test_default_pipeline_loads_one_gazetteer():
    pipeline = Pipeline.from_config()
    by_slot = {stage.name.split(".")[0]: stage for stage in pipeline.stages}
    assert by_slot["actors"].gazetteer() is by_slot["geo"].gazetteer
