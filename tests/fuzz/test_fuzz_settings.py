"""config.yaml: random YAML and random bytes give Settings or one line, never a traceback."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.checks import result_or_one_line
from tests.fuzz.strategies import dumped, scalars, structures, yaml_texts
from voicecoach.adapters.settings import Settings, config_path, load_settings

SETTING_KEYS = sorted(Settings.model_fields)
settings_like = st.dictionaries(st.sampled_from(SETTING_KEYS) | st.text(max_size=8), structures | scalars, max_size=5)
contents = st.one_of(
    st.builds(lambda data: dumped(data).encode(), settings_like),
    st.builds(lambda text: text.encode("utf-8", "surrogatepass"), yaml_texts),
    st.binary(max_size=300),
    st.builds(lambda text: text.encode("utf-16"), st.text(max_size=60)),
)


@given(content=contents)
@example(content=b'end_of_turn: "\\r"\n')  # a CI run found it: the value's line break was quoted raw
@example(content=b'language: "de\\nen"\n')
def test_any_settings_file_gives_settings_or_one_line(content: bytes) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    result = result_or_one_line(load_settings)
    if not isinstance(result, Settings):
        assert str(result).startswith(str(path))
