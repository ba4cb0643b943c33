"""form_of_address: "du" in a German call that asks for "Sie" (the default), or "Sie" in one that
asks for "du", is a small finding that quotes the words (issue 11).

Was: "Ich schaue nach, wo dein Kinderwagen steckt, und melde mich bei dir." got 100/100 in
late-delivery-de. Precision: "Sie" at a sentence's start, "du" inside quotes, "dual", "Dubai",
"Ach du meine Güte" and Whisper's "hast du mir leid" (for "tut mir leid") never count.
"""

from __future__ import annotations

import pytest

from tests.helpers.timelines import scenario, turn
from voicecoach.adapters.library import find_scenario
from voicecoach.core.analyzers import form_of_address
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.judge import make_context
from voicecoach.core.scenario import Scenario
from voicecoach.core.typed import judge_text

LINE = [(0.0, 3.0, "Keller hier, meine Bestellnummer ist 4711. Das ist wirklich ärgerlich!")]


def du_scenario(address: str | None) -> Scenario:
    data = scenario("de", say="Hallo, Jonas hier. Meine Karte geht nicht!").model_dump(mode="json", exclude_none=True)
    if address is not None:
        data["address"] = address
    return Scenario.model_validate(data)


def found(reply: str, sc: Scenario) -> list[str]:
    """The words the analyzer quotes for ``reply`` (empty: no finding)."""
    context = make_context("de", sc, "t1", JudgeOptions())[0]
    findings = form_of_address.analyze(turn(LINE, [(3.5, 8.0, reply)]), context)
    assert len(findings) <= 1
    return findings[0].evidence["said"].split(", ") if findings else []


@pytest.mark.parametrize(
    ("reply", "quoted"),
    [
        ("Das tut mir leid. Ich schaue nach, wo dein Kinderwagen steckt, und melde mich bei dir.", ["dein", "dir"]),
        ("Kannst du mir die Nummer noch einmal sagen?", ["du"]),
        ("Ich rufe dich morgen an.", ["dich"]),
        ("Du bekommst heute noch eine Nachricht.", ["Du"]),
        ("Wir melden uns bei euch.", ["euch"]),
        # never: whole words only, quotes, exclamations, Whisper's mishearing, the formal forms
        ("Das tut mir leid, Frau Keller. Ich schaue nach, wo Ihr Kinderwagen steckt.", []),
        ("Sie bekommen von mir heute eine Nachricht. Sie haben recht.", []),
        ("Der Kinderwagen kommt aus Dubai, mit dualer Lieferung, direkt zu Ihnen.", []),
        ("Sie sagten „du kannst mich mal“ – das verstehe ich, ich kümmere mich.", []),
        ('Sie sagten "dir hilft ja keiner" – das tut mir leid.', []),
        ("Ach du meine Güte, das tut mir leid. Du liebe Zeit, eine Woche!", []),
        ("Das hast du mir leid, ich schaue nach.", []),
        # found live (espeak-ng through Whisper): a word between, still the apology misheard
        ("Oh, ey, hast du mir wirklich leid, Frau Keller. Ich sehe nach.", []),
        ("Das hast du mir sehr leid, ich kümmere mich.", []),
        # "du" before a verb it never takes is a misheard word ("Hast du tut mir leid")
        ("Hast du tut mir leid, ich schaue sofort nach.", []),
        ("Das du ist ärgerlich, ich prüfe es.", []),
        ("Du hast recht, und du kannst heute noch anrufen.", ["Du", "du"]),
    ],
)
def test_du_in_a_sie_call(reply: str, quoted: list[str]) -> None:
    assert found(reply, scenario("de")) == quoted


@pytest.mark.parametrize(
    ("reply", "quoted"),
    [
        ("Klar, Jonas, ich sperre die Karte und schicke Ihnen eine neue.", ["Ihnen"]),
        ("Das tut mir leid, ich schaue mir Ihre Karte an. Können Sie kurz warten?", ["Ihre", "Sie"]),
        # never: "Sie"/"Ihr" at a sentence's start (she, they, her), lower case, quotes, the informal forms
        ("Klar, Jonas, ich sperre deine Karte und schicke dir eine neue.", []),
        ("Sie ist schon gesperrt. Ihr Ersatz ist unterwegs.", []),
        ("Meine Kollegin hat sie gestern gesperrt, ich schicke ihnen beiden Bescheid.", []),
        ("Du sagtest „Können Sie das prüfen“ – klar, mach ich.", []),
    ],
)
def test_sie_in_a_du_call(reply: str, quoted: list[str]) -> None:
    assert found(reply, du_scenario("du")) == quoted


def test_the_example_of_the_issue_costs_points_and_quotes_the_words() -> None:
    """late-delivery-de turn 1: the good reply with "dein"/"dir" no longer gets 100/100."""
    sc = find_scenario("late-delivery-de").scenario
    reply = "Das tut mir leid, Frau Keller. Ich schaue sofort nach, wo dein Kinderwagen steckt, und melde mich bei dir."
    result = judge_text(sc, "complaint", reply)
    finding = next(f for f in result.findings if f.kind == "form_of_address")
    assert finding.severity == "minor" and finding.skill == "clarity" and finding.penalty > 0
    assert finding.message.startswith("Bei ") and "(„dein, dir“)" in finding.message and "„Sie“" in finding.message
    assert finding.evidence["phrases"] == ["dein", "dir"]  # marked in the feedback screen's transcript
    assert result.score.total < 100
    formal = reply.replace("dein", "Ihr").replace("bei dir", "bei Ihnen")
    assert not [f for f in judge_text(sc, "complaint", formal).findings if f.kind == "form_of_address"]


def test_english_and_no_scenario_are_not_judged() -> None:
    en = scenario("en", say="Hi, Reed here. Where is my laptop?")
    context = make_context("en", en, "t1", JudgeOptions())[0]
    assert context.address is None and en.form_of_address is None
    assert not form_of_address.analyze(turn(LINE, [(3.5, 6.0, "du dir dein")]), context)
    assert make_context("de", None, None, JudgeOptions())[0].address is None


def test_the_scenario_option() -> None:
    assert du_scenario(None).form_of_address == "sie"  # German default: the formal form
    assert du_scenario("du").form_of_address == "du"
    assert du_scenario("Sie").address == "sie"  # as a German trainer writes it
    with pytest.raises(ValueError, match="remove it"):
        Scenario.model_validate({**scenario("en").model_dump(mode="json", exclude_none=True), "address": "sie"})
    with pytest.raises(ValueError, match="not a form of address"):
        du_scenario("ihr")


def test_the_message_in_both_languages() -> None:
    from voicecoach.core.words.findings import render

    for variant in ("du", "sie"):
        de, de_tip = render("form_of_address", variant, "de", {"at": 1.2, "said": "dir"})
        en, en_tip = render("form_of_address", variant, "en", {"at": 1.2, "said": "dir"})
        assert "1,2 s" in de and "„dir“" in de and de_tip
        assert "1.2 s" in en and '("dir")' in en and en_tip


def test_validate_accepts_the_field_and_names_the_line_of_a_bad_value(tmp_path) -> None:  # noqa: ANN001
    """``scenarios validate``: ``address: du`` is valid, ``address: euch`` one problem on its line."""
    from voicecoach.adapters.library import check_files

    text = (find_scenario("late-delivery-de").path).read_text(encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(text.replace("difficulty: medium", "difficulty: medium\naddress: du"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        text.replace("difficulty: medium", "difficulty: medium\naddress: euch").replace("late-delivery-de", "bad-de"),
        encoding="utf-8",
    )
    results = {path.name: problems for path, _scenario, problems in check_files([good, bad])}
    assert results["good.yaml"] == []
    assert len(results["bad.yaml"]) == 1 and "bad.yaml:7 address:" in str(results["bad.yaml"][0])
    assert "sie or du" in str(results["bad.yaml"][0])
