"""``scenarios show`` and ``scenarios record`` as a German trainer meets them (issue 11).

Was: "Schritt 1 (complaint, wütend): …", "muss Kernpunkt apology ansprechen: …", "nennt:
name=Keller", "darf nicht noch einmal fragen nach: name, order_number" and "weiter: good ->
promise, poor -> still-angry": internal ids and English outcome names where a trainer reads the
step's words. Now a step is its number in the file and the customer's line, a key point its
phrasings, a fact its value, a branch the number of the step it leads to; the ids (which the
YAML needs) come after them in brackets. The copy a shipped scenario's take goes into was always
"ID-mine": in German it is "ID-eigen", and an existing "-mine" copy is still found.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from voicecoach.adapters.library import find_scenario
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.cli import main

SHOWN = {
    "de": [
        "Anrede:    Siezen  [address: sie]",  # German: the form of address the judge expects
        "Schritt 1 (wütend): „Keller hier, meine Bestellnummer ist 4711. Ich warte jetzt seit einer Woche auf den "
        "Kinderwagen, und niemand meldet sich. Das ist wirklich ärgerlich!“  [complaint]",
        "  nennt: „Keller“ [name], „4711“ [order_number]",
        "  muss ansprechen: tut mir leid | entschuldigen | Entschuldigung | bedauere  [apology]",
        "  darf nicht noch einmal fragen nach „Keller“ [name], „4711“ [order_number]",
        "  → bei einer schwachen Antwort: weiter bei Schritt 2; sonst: weiter bei Schritt 3",
        "Schritt 2 (genervt): „Sie fragen mich ja gar nicht, was los ist! Ich brauche den Wagen nächste Woche, da "
        "kommt mein Baby.“  [still-angry]",
        "  → weiter bei Schritt 3",
        "Schritt 3 (genervt): „Und wann kommt er jetzt? Ich will ein festes Datum, keine Ausreden.“  [promise]",
    ],
    "en": [
        '  gives: "Reed" [name], "58 20 31" [order_number], "Monday" [deadline]',
        "  must address: look into | check | trace | find out | track it down  [look_up]",
        "  → after a contradiction or after a poor reply: goes to step 2; otherwise: goes to step 3",
        'Step 3 (annoyed): "So what happens now? I need that laptop before Monday."  [plan]',
    ],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_show_names_steps_by_number_and_words_and_keeps_ids_in_brackets(
    capsys: pytest.CaptureFixture[str], language: str
) -> None:
    scenario_id = f"late-delivery-{language}"
    assert main(["--lang", language, "scenarios", "show", scenario_id]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    for line in SHOWN[language]:
        assert line in lines, (line, [row for row in lines if row[:12] == line[:12]])
    s = find_scenario(scenario_id).scenario
    ids = set(s.turn_ids) | {point for step in s.turns for point in step.expect.key_points}
    ids |= {key for step in s.turns for key in step.facts}
    # an id is only ever the secondary name in brackets, never the words a step or point is named by
    # (in German, where an id is no word of the text; in English "plan" or "complaint" may be both)
    bare = re.sub(r"\[[^\]]*\]", "", out)
    if language == "de":
        assert not [i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", bare)], bare
    assert not [
        i for i in ids if any(f"{a}{i}{b}" in bare for a, b in (("(", ")"), ("(", ","), ("", "="), ("-> ", "")))
    ]
    for english in ("good ->", "poor ->", "next:", "Turn ", "must address apology"):
        assert english not in out
    assert ("[address: sie]" in out) is (language == "de")  # English has no such choice


def test_the_numbering_follows_the_file_after_a_branch(capsys: pytest.CaptureFixture[str]) -> None:
    """lost-gift-en: the second and third steps are reached through the first one's branches;
    the steps are still 1, 2, 3, 4 as in the file, and the branches say those numbers."""
    assert main(["--lang", "de", "scenarios", "show", "lost-gift-en"]) == 0
    out = capsys.readouterr().out
    assert re.findall(r"^Schritt (\d+)", out, re.MULTILINE) == ["1", "2", "3", "4"]
    assert (
        "  → bei einem fehlenden Kernpunkt oder bei einer schwachen Antwort: weiter bei Schritt 2; "
        "bei einer guten Antwort: weiter bei Schritt 3; sonst: weiter bei Schritt 4"
    ) in out.splitlines()


def _record(language: str, turn: int, realspeech: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    argv = ["--lang", language, "scenarios", "record", "late-delivery-de", "--turn", str(turn)]
    assert main([*argv, "--from-file", str(realspeech / "de_license_read.wav"), "--yes"]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_record_copies_a_shipped_scenario_under_a_german_name(
    realspeech: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, err = _record("de", 1, realspeech, capsys)
    copy = user_scenarios_dir() / "late-delivery-de-eigen" / "scenario.yaml"
    assert f"Ihre eigene Kopie „late-delivery-de-eigen“ ({copy})" in err  # which file was made
    assert out.strip() == str(copy.parent / "lines" / "turn-1.flac")
    assert "id: late-delivery-de-eigen" in copy.read_text(encoding="utf-8")
    assert not (user_scenarios_dir() / "late-delivery-de-mine").exists()


def test_record_finds_an_earlier_mine_copy_in_any_language(
    realspeech: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _record("en", 1, realspeech, capsys)  # an English session made the copy "-mine"
    _out, err = _record("de", 2, realspeech, capsys)  # a German one goes on in it
    copy = user_scenarios_dir() / "late-delivery-de-mine"
    assert "„late-delivery-de-mine“" in err
    assert sorted(p.name for p in (copy / "lines").iterdir()) == ["turn-1.flac", "turn-2.flac"]
    assert not (user_scenarios_dir() / "late-delivery-de-eigen").exists()


def test_learn_tells_a_german_trainer_to_copy_under_the_german_name() -> None:
    from voicecoach.core.words.scenario_view import copy_suffix

    assert copy_suffix("de") == "-eigen" and copy_suffix("en") == "-mine"
