"""Helper for test_kill_keeps_turns: writes judged turns through the Store, then hangs in the
middle of the next turn's transaction until it is killed.

    python kill_writer.py DB_PATH TURNS
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

# Run as a script (not by pytest): the repository root goes on the path for ``tests.helpers``.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.history_data import clean_turn, interrupted_turn  # noqa: E402
from voicecoach.adapters.store import Store  # noqa: E402


class HangingStore(Store):
    """Stops inside add_turn's transaction (turn row written, findings not yet) once armed."""

    armed = False

    def _write_findings(self, db: sqlite3.Connection, turn_row: int, findings: tuple) -> None:  # type: ignore[override]
        super()._write_findings(db, turn_row, findings)
        if self.armed:
            print("mid-turn", flush=True)
            time.sleep(120)


def main() -> None:
    path, turns = Path(sys.argv[1]), int(sys.argv[2])
    store = HangingStore.open(path, retention_days=None)
    session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
    print(f"session {session}", flush=True)
    for index in range(1, turns + 1):
        result = interrupted_turn() if index % 2 else clean_turn()
        recording = store.save_recording(session, index, "trainee", [0.1, -0.1] * 800, 16000)
        store.add_turn(session, result, {"trainee": recording})
        print(f"turn {index}", flush=True)
    store.armed = True
    store.add_turn(session, clean_turn())
    print("not killed", flush=True)


if __name__ == "__main__":
    main()
