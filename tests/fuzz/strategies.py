"""Inputs for the fuzz suite: YAML structures and text, zip members, audio headers."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import soundfile
import yaml
from hypothesis import strategies as st

from tests.helpers.bad_yaml import RECURSIVE, alias_bomb, deep_block, deep_flow
from voicecoach.adapters.library import SHIPPED_DIR

#: A valid scenario (the shipped English late delivery), as text and as data.
VALID_TEXT = (SHIPPED_DIR / "late-delivery-en.yaml").read_text(encoding="utf-8")
VALID_DATA = yaml.safe_load(VALID_TEXT)

#: Scalars YAML reads in surprising ways, and keys the scenario format knows.
ODD_SCALARS = [
    "yes", "no", "on", "off", "0815", "12:30", "1_000", "0x1F", "1e400", ".inf", "-.nan", "~", "null", "",
    "2025-03-12", "<<", "*a", "&a", "!!python/object/apply:os.system", "%YAML 1.1", "---", "...", "\t", "\x00",
    "\ufeff", "ä" * 3, "🙂", "a: b", "- x", "[", "{", "'", '"', "|", ">", "#", "@", "`",
]  # fmt: skip
KEYS = [
    "id", "title", "language", "difficulty", "theme", "brief", "situation", "goal", "persona", "name", "mood",
    "voice", "speaker", "rate", "patience", "turns", "say", "audio", "emotion", "facts", "value", "expect",
    "key_points", "no_reask", "avoid", "next", "good", "poor", "interjection", "at", "weights", "<<",
]  # fmt: skip

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(ODD_SCALARS),
)
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=12))
structures = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=6),
    max_leaves=40,
)


@st.composite
def shared(draw: st.DrawFn) -> object:
    """A structure that holds the same object several times: safe_dump writes anchors and aliases."""
    part = draw(structures)
    return {"id": "shared", "a": part, "b": [part, part], "c": {"d": part}}


@st.composite
def mutated_scenario(draw: st.DrawFn) -> object:
    """The valid scenario with one value somewhere replaced by a random structure."""
    data = yaml.safe_load(VALID_TEXT)
    node = data
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node, key=str)))
            if not isinstance(node[key], (dict, list)):
                break
            node = node[key]
        elif isinstance(node, list) and node:
            index = draw(st.integers(min_value=0, max_value=len(node) - 1))
            if not isinstance(node[index], (dict, list)):
                break
            node = node[index]
    if isinstance(node, dict):
        node[draw(keys)] = draw(structures)
    elif isinstance(node, list):
        node.append(draw(structures))
    return data


def dumped(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


YAML_ALPHABET = st.sampled_from(list("abcdeyz019 :-[]{}&*!|>'\"%@`#,?.\n\t\\~") + ["  ", "- ", ": ", "\n  "])
yaml_texts = st.one_of(
    st.builds(dumped, structures),
    st.builds(dumped, shared()),
    st.builds(dumped, mutated_scenario()),
    st.lists(YAML_ALPHABET, max_size=120).map("".join),
    st.text(max_size=200),
    st.builds(alias_bomb, levels=st.integers(1, 12), width=st.integers(1, 12)),
    st.builds(deep_flow, st.integers(1, 3000)),
    st.builds(deep_block, st.integers(1, 400)),
    st.just(RECURSIVE),
    st.builds(lambda depth: "a: &a [" + "[*a, " * depth + "]" * depth + "]\n", st.integers(0, 50)),
)

# --- zips ------------------------------------------------------------------------------------

ENTRY_NAMES = [
    "scenario.yaml", "s-en.yaml", "a/scenario.yaml", "a/lines/turn-1.flac", "../up.yaml", "a/../../up.yaml",
    "/abs.yaml", "C:/drive.yaml", "a\\b.yaml", "./dot.yaml", "a//b/scenario.yaml", "a/", "ä/scenario.yaml",
    "A/scenario.yaml", "a/scenario.yaml/x", "a/b/c/d/e/f/g.yaml", ".hidden.yaml", "x" * 200 + ".yaml",
]  # fmt: skip
entry_names = st.one_of(st.sampled_from(ENTRY_NAMES), st.text(min_size=1, max_size=30))
entry_data = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([VALID_TEXT.encode(), alias_bomb().encode(), deep_flow(500).encode(), b""]),
    st.builds(lambda text: text.encode("utf-8", "surrogatepass"), yaml_texts),
    st.builds(bytes, st.integers(min_value=0, max_value=3 * 2**20)),
)
METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
members = st.lists(st.tuples(entry_names, entry_data, st.sampled_from(METHODS)), max_size=6)


def zip_bytes(entries: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, method in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    """``raw`` with a few bytes changed, a piece cut off the end, or both."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()) and data:
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


# --- audio -----------------------------------------------------------------------------------

AUDIO_FORMATS = [("WAV", "PCM_16"), ("WAV", "FLOAT"), ("FLAC", "PCM_16"), ("OGG", "VORBIS"), ("AIFF", "PCM_24")]


def audio_bytes(frames: int, channels: int, rate: int, kind: tuple[str, str]) -> bytes:
    buffer = io.BytesIO()
    samples = np.sin(np.arange(frames * channels, dtype=np.float32) * 0.05).reshape(frames, channels) * 0.3
    soundfile.write(buffer, samples, rate, format=kind[0], subtype=kind[1])
    return buffer.getvalue()


good_audio = st.builds(
    audio_bytes,
    st.integers(min_value=0, max_value=4000),
    st.integers(min_value=1, max_value=3),
    st.sampled_from([8000, 16000, 22050, 44100, 48000]),
    st.sampled_from(AUDIO_FORMATS),
)
