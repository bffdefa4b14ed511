import pytest

from lapwing.config import default_config, load_config
from lapwing.errors import ConfigError


def test_defaults_name_every_stage_and_its_implementation():
    config = default_config()
    assert config["pipeline"]["stages"] == ["segment", "actors", "events", "dates", "geo"]
    for slot in ["ingest", *config["pipeline"]["stages"]]:
        assert config[slot]["impl"].startswith(slot + ".")


def test_user_file_overrides_a_setting(tmp_path):
    path = tmp_path / "my.toml"
    path.write_text('[geo]\nmin_population = 500\n', encoding="utf-8")
    assert load_config(path)["geo"]["min_population"] == 500


@pytest.mark.parametrize("text, message", [
    ('[nope]\nx = 1\n', "unknown section [nope]"),
    ('[geo]\nmin_pop = 1\n', "unknown setting geo.min_pop"),
    ('[geo]\nmin_population = "many"\n', "geo.min_population must be int, got str 'many'"),
    ('[geo\n', "not valid TOML"),
])
def test_bad_settings_are_named(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_missing_config_file():
    with pytest.raises(ConfigError, match="does not exist"):
        load_config("/nonexistent/lapwing.toml")


def test_command_line_overrides_are_checked():
    assert load_config(overrides={"segment.model": "x"})["segment"]["model"] == "x"
    with pytest.raises(ConfigError, match="unknown setting segment.modle"):
        load_config(overrides={"segment.modle": "x"})


def test_command_line_assignments_read_json_values_and_keep_other_text():
    from lapwing.config import parse_assignments

    assert parse_assignments(["pipeline.workers_load_torch=true", "segment.model=en_core_web_trf",
                              "training.max_steps=20", "a=[1, 2]", "b=x=y"]) == {
        "pipeline.workers_load_torch": True, "segment.model": "en_core_web_trf",
        "training.max_steps": 20, "a": [1, 2], "b": "x=y"}
