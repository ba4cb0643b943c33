"""Text-mode evaluation of the judge's content findings: typed replies, no audio.

    python benchmarks/judge_text_eval.py benchmarks/tuning_replies.yaml [--scenarios scenarios] [--markdown]
    python benchmarks/judge_text_eval.py benchmarks/tuning/replies.yaml --scenarios benchmarks/tuning/scenarios
    python benchmarks/judge_text_eval.py ... --option missed_point_penalty=true   (a JudgeOptions field)

The replies file has a list under ``replies:`` of ``{id, scenario, turn (1-based step),
language, text, expect: [kinds], note}``; ``expect`` is the subset of the content kinds below
the reply should get (empty: a good reply). A label counts as flagged when a finding mapped to
it takes points off (an "I may have misheard" note or an info line does not). Prints per-label
precision, recall and F1, false alarms on good replies, the same per language, and every error
with its evidence.

Taxonomy (the product's kinds -> the labels). The product promises "not listening = miss what
was said, ask again for what the customer already gave, skip the customer's anger", so the
judge reports an ignored feeling as ``not_listening`` with ``reason: ignored_emotion`` (the
trainee sees one skill, listening to the whole customer). The labelled sets keep the feeling
apart, so the evaluation maps each finding by its kind and reason, explicitly:

==========================================================  =======================
judge finding (kind / evidence.reason)                      label
==========================================================  =======================
not_listening / missed_point, reasked, generic              ``not_listening``
not_listening / ignored_emotion (the feeling never taken    ``no_acknowledgement``
up)
no_acknowledgement (a complaint with no thanks, apology     ``no_acknowledgement``
or understanding)
not_listening / ignored_emotion with ``late`` (taken up,    ``late_acknowledgement``
but only after the opening: not a label of the sets)
contradiction, pushed_after_no, avoid_phrase                the same name
==========================================================  =======================

``late_acknowledgement`` is reported on its own row; as it takes points off, it counts as a
false alarm when it lands on a good reply.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from voicecoach.adapters.language_resources import shared
from voicecoach.adapters.library import load_file, scenario_files
from voicecoach.core.analyzers.options import JudgeOptions
from voicecoach.core.typed import judge_text

KINDS = ("not_listening", "contradiction", "pushed_after_no", "avoid_phrase", "no_acknowledgement")
#: Labels the judge can produce that the sets never use (see the module doc).
EXTRA = ("late_acknowledgement",)


def label_of(finding: Any) -> str | None:
    """The label a content finding counts as (the table in the module doc), None for others."""
    if finding.kind == "not_listening":
        if finding.evidence.get("reason") == "ignored_emotion":
            return "late_acknowledgement" if finding.evidence.get("late") else "no_acknowledgement"
        return "not_listening"
    if finding.kind in KINDS:
        return finding.kind
    return None


def load_scenarios(folder: Path) -> dict[str, Any]:
    return {loaded.scenario.id: loaded.scenario for loaded in map(load_file, scenario_files([folder]))}


def evidence_of(finding: Any) -> str:
    e = finding.evidence
    parts = [e.get("reason") or ""]
    for key in ("point", "said", "closest", "shown_by", "phrase", "fact"):
        if e.get(key):
            parts.append(f"{key}={e[key]!r}")
    return " ".join(p for p in parts if p)


def parse_options(pairs: list[str]) -> JudgeOptions:
    """``["missed_point_penalty=true", "opening_words=20"]`` -> JudgeOptions with those fields (YAML values)."""
    fields: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in JudgeOptions.__dataclass_fields__:
            raise SystemExit(f"--option {pair!r}: use FIELD=VALUE with a JudgeOptions field")
        fields[key] = yaml.safe_load(value)
    return JudgeOptions(**fields)


def counts(finding: Any) -> bool:
    """A finding shown as a fault: it takes points, or its points are counted once under another
    finding of the same words (an avoid phrase said as the push after a no: ``counted_in``). A
    question without points off ("I did not hear ...") is no finding of its kind."""
    return finding.penalty > 0 or bool(finding.evidence.get("counted_in"))


def run(
    replies: list[dict[str, Any]], scenarios: dict[str, Any], options: JudgeOptions = JudgeOptions()
) -> list[dict[str, Any]]:
    resources = shared()
    rows = []
    for reply in replies:
        scenario = scenarios[reply["scenario"]]
        step_id = scenario.turn_ids[int(reply["turn"]) - 1]
        result = judge_text(scenario, step_id, reply["text"], resources=resources, options=options)
        flagged = {label for f in result.findings if counts(f) and (label := label_of(f)) is not None}
        rows.append(
            {
                **reply,
                "expect": set(reply.get("expect") or ()),
                "flagged": flagged,
                "evidence": [
                    f"{label_of(f)} ({f.kind}{'' if f.penalty > 0 else ', no points'}): {evidence_of(f)}"
                    for f in result.findings
                    if label_of(f) is not None
                ],
                "total": result.score.total,
            }
        )
    return rows


def prf(rows: list[dict[str, Any]], kind: str) -> tuple[int, int, int, float | None, float | None, float | None]:
    tp = sum(1 for r in rows if kind in r["expect"] and kind in r["flagged"])
    fp = sum(1 for r in rows if kind not in r["expect"] and kind in r["flagged"])
    fn = sum(1 for r in rows if kind in r["expect"] and kind not in r["flagged"])
    p = tp / (tp + fp) if tp + fp else None
    rc = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * rc / (p + rc) if p and rc else (0.0 if (tp + fp + fn) else None)
    return tp, fp, fn, p, rc, f1


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def report(rows: list[dict[str, Any]], markdown: bool, title: str, how: str | None = None) -> str:
    """The tables and the error list; ``how`` says how the replies were judged (default: typed)."""
    out: list[str] = []
    groups = [("all", rows)] + [(lang, [r for r in rows if r["language"] == lang]) for lang in ("de", "en")]
    if markdown:
        head = "Judge" if how else "Judge, text mode"
        how = how or f"{len(rows)} typed replies, judged with `voicecoach judge`'s path (no audio)."
        out += [f"### {head}: {title}", "", how, ""]
        out += ["| set | kind | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|---|"]
    for name, group in groups:
        if not group:
            continue
        good = [r for r in group if not r["expect"]]
        alarms = [r for r in good if r["flagged"]]
        for kind in KINDS + EXTRA:
            tp, fp, fn, p, rc, f1 = prf(group, kind)
            if tp + fp + fn == 0:
                continue
            if markdown:
                out.append(f"| {name} | {kind} | {tp} | {fp} | {fn} | {fmt(p)} | {fmt(rc)} | {fmt(f1)} |")
            else:
                out.append(f"{name:4} {kind:20} tp {tp:3} fp {fp:3} fn {fn:3}  P {fmt(p)}  R {fmt(rc)}  F1 {fmt(f1)}")
        line = f"false alarms on good replies ({name}): {len(alarms)}/{len(good)}" + (
            f" ({100 * len(alarms) / len(good):.1f} %)" if good else ""
        )
        out.append(
            line if not markdown else f"| {name} | false alarms on good replies | {len(alarms)}/{len(good)} | | | | | |"
        )
    errors = [r for r in rows if r["expect"] != r["flagged"]]
    out += ["", f"Errors ({len(errors)}):" if not markdown else f"Errors ({len(errors)}):", ""]
    for r in errors:
        missing = sorted(r["expect"] - r["flagged"])
        extra = sorted(r["flagged"] - r["expect"])
        head = (
            f"- `{r['id']}` ({r['language']}, {r['scenario']} turn {r['turn']}): "
            if markdown
            else f"{r['id']} ({r['language']}): "
        )
        what = "; ".join(
            x
            for x in (
                f"missed {', '.join(missing)}" if missing else "",
                f"false alarm {', '.join(extra)}" if extra else "",
            )
            if x
        )
        out.append(f'{head}{what} — "{r["text"]}"')
        for item in r["evidence"]:
            out.append(f"    {item}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("replies", type=Path)
    parser.add_argument("--scenarios", type=Path, default=Path(__file__).resolve().parent.parent / "scenarios")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--option", action="append", default=[], help="FIELD=VALUE of JudgeOptions (repeatable)")
    args = parser.parse_args(argv)
    data = yaml.safe_load(args.replies.read_text(encoding="utf-8"))
    scenarios = load_scenarios(args.scenarios)
    rows = run(data["replies"], scenarios, parse_options(args.option))
    print(report(rows, args.markdown, args.replies.stem))
    return 0


if __name__ == "__main__":
    sys.exit(main())
