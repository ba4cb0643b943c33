"""Text-mode run of the judge on every labelled set, and the change against an earlier run.

    python benchmarks/all_sets.py OUT [--skip heldout_v41 ...] [--against EARLIER_OUT]

Judges every labelled set as ``judge_text_eval.py`` does (``benchmarks/tuning_replies.yaml`` with the
shipped scenarios, and every ``benchmarks/*/replies.yaml`` with its own ``scenarios/``), leaving out
the sets named with ``--skip`` (a sealed set is measured on its own, summary only). For each set it
writes ``OUT/SET.txt`` (the tables and every error with its evidence) and ``OUT/SET.json`` (the
number of errors, the good replies flagged, the number of replies), and prints one line a set.

With ``--against`` it compares with an earlier run of the same sets: per set, the error lines that
went or came (as ``diff`` would show them), then the totals: errors before and after, how many sets
are better, the same or worse, and the false alarms on good replies that came or went. A change to
the judge is checked this way on every set before it lands; each line that comes is a place to look.
Takes about twenty minutes on two cores for forty sets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judge_text_eval as text_eval  # noqa: E402

HERE = Path(__file__).resolve().parent
#: An error line of a report: "hv38-085 (de): false alarm not_listening — ...".
ERROR_LINE = re.compile(r"^\S+ \((de|en)\): ")


def labelled_sets(skip: set[str]) -> list[tuple[str, Path, Path]]:
    """(name, replies file, scenario folder) of every labelled set, the shipped tuning set first."""
    found = (
        []
        if "tuning_replies" in skip
        else [("tuning_replies", HERE / "tuning_replies.yaml", HERE.parent / "scenarios")]
    )
    for folder in sorted(HERE.iterdir()):
        if folder.is_dir() and (folder / "replies.yaml").exists() and folder.name not in skip:
            found.append((folder.name, folder / "replies.yaml", folder / "scenarios"))
    return found


def run(out: Path, skip: set[str]) -> int:
    """Judge every set into ``out``; return the number of errors over all of them."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, replies, scenarios in labelled_sets(skip):
        data = yaml.safe_load(replies.read_text(encoding="utf-8"))
        rows = text_eval.run(data["replies"], text_eval.load_scenarios(scenarios))
        (out / f"{name}.txt").write_text(text_eval.report(rows, False, name), encoding="utf-8")
        errors = [r for r in rows if r["expect"] != r["flagged"]]
        flagged_good = [r["id"] for r in rows if not r["expect"] and r["flagged"]]
        summary = {"errors": len(errors), "fa_good": flagged_good, "n": len(rows)}
        (out / f"{name}.json").write_text(json.dumps(summary), encoding="utf-8")
        total += len(errors)
        print(f"{name}: {len(errors)} errors, false alarms on good replies {len(flagged_good)}", flush=True)
    print(f"total: {total} errors")
    return total


def _error_lines(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if ERROR_LINE.match(line)}


def compare(earlier: Path, later: Path) -> None:
    """Print what changed from the run in ``earlier`` to the run in ``later`` (module doc)."""
    before = after = better = same = worse = 0
    flagged_before: set[str] = set()
    flagged_after: set[str] = set()
    for summary in sorted(later.glob("*.json")):
        old_summary = earlier / summary.name
        if not old_summary.exists():
            print(f"{summary.stem}: not in the earlier run")
            continue
        new, old = json.loads(summary.read_text()), json.loads(old_summary.read_text())
        before, after = before + old["errors"], after + new["errors"]
        better, same, worse = (
            better + (new["errors"] < old["errors"]),
            same + (new["errors"] == old["errors"]),
            worse + (new["errors"] > old["errors"]),
        )
        flagged_before |= set(old["fa_good"])
        flagged_after |= set(new["fa_good"])
        gone = _error_lines(earlier / f"{summary.stem}.txt") - _error_lines(later / f"{summary.stem}.txt")
        came = _error_lines(later / f"{summary.stem}.txt") - _error_lines(earlier / f"{summary.stem}.txt")
        if gone or came:
            print(f"== {summary.stem}")
            for line in sorted(gone):
                print(f"< {line}")
            for line in sorted(came):
                print(f"> {line}")
    print(f"errors {before} -> {after}: {better} sets better, {same} the same, {worse} worse")
    print(f"false alarms on good replies {len(flagged_before)} -> {len(flagged_after)}")
    print(f"  came: {sorted(flagged_after - flagged_before)}  gone: {sorted(flagged_before - flagged_after)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for this run's reports")
    parser.add_argument("--skip", nargs="*", default=[], help="sets to leave out (sealed ones)")
    parser.add_argument("--against", type=Path, help="an earlier run's folder to compare with")
    args = parser.parse_args(argv)
    run(args.out, set(args.skip))
    if args.against is not None:
        compare(args.against, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
