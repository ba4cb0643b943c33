"""The trainers' guide to the scenario format exists in German and English, names every key the
loader accepts, and German users are pointed to the German one (issue 11).

Was: scenarios/README.md was English after its first paragraph, and every message pointed to it.
"""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from tests.helpers.untranslated import english_words_in
from voicecoach.adapters.library import FORMAT_GUIDE, FORMAT_GUIDE_DE, SHIPPED_DIR, format_guide
from voicecoach.cli import main
from voicecoach.core.scenario import Brief, Expect, Fact, Interjection, Outcome, Persona, Scenario, Step

MODELS: dict[str, type[BaseModel]] = {
    "top level": Scenario,
    "brief": Brief,
    "persona": Persona,
    "turns[]": Step,
    "facts": Fact,
    "expect": Expect,
    "interjection": Interjection,
}


@pytest.mark.parametrize("guide", ["README.de.md", "README.md"])
def test_every_key_the_loader_accepts_has_a_row_with_an_example(guide: str) -> None:
    text = (SHIPPED_DIR / guide).read_text(encoding="utf-8")
    rows = {match.group(1) for match in re.finditer(r"^\| `(\w+)` \|", text, re.MULTILINE)}
    keys = {name for model in MODELS.values() for name in model.model_fields}
    assert keys <= rows, f"{guide} has no row for {sorted(keys - rows)}"
    assert all(f"`{outcome.value}`" in text for outcome in Outcome)
    assert "address: du" in text and "`sie`" in text  # the form of address, documented


def test_the_german_guide_is_german() -> None:
    text = FORMAT_GUIDE_DE.read_text(encoding="utf-8")
    # prose only: code blocks, `keys`, quoted examples and table cells with YAML are the format's own
    prose = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    prose = re.sub(r"`[^`]*`|„[^“]*“|\"[^\"]*\"|\([^)]*\.md\)|\[[^\]]*\]\([^)]*\)", " ", prose)
    found = english_words_in(prose)
    assert not found, found
    assert "Anrede: Sie oder du" in text and "weiter bei Schritt 2" in text


def test_german_users_are_pointed_to_the_german_guide(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # noqa: ANN001
    assert format_guide("de") == FORMAT_GUIDE_DE and format_guide("en") == FORMAT_GUIDE
    bad = tmp_path / "x.yaml"
    bad.write_text(
        (SHIPPED_DIR / "late-delivery-de.yaml")
        .read_text(encoding="utf-8")
        .replace("id: late-delivery-de", "id: x-de")
        .replace("  mood: angry", "  mod: angry"),
        encoding="utf-8",
    )
    assert main(["--lang", "de", "scenarios", "validate", str(bad)]) == 1
    assert f"(siehe {FORMAT_GUIDE_DE})" in capsys.readouterr().out
    assert main(["--lang", "en", "scenarios", "validate", str(bad)]) == 1
    assert f"(see {FORMAT_GUIDE})" in capsys.readouterr().out
    new = tmp_path / "neu"
    assert main(["--lang", "de", "scenarios", "new", "--id", "neu-de", "-o", str(new)]) == 0
    written = (new / "scenario.yaml").read_text(encoding="utf-8")
    assert f"# Alle Schlüssel und Kurzformen: {FORMAT_GUIDE_DE}." in written
    assert "\naddress: sie    # sie | du:" in written
