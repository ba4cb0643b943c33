"""How often the real duplex stream starts, and how long its warm-up takes, on a busy machine.

:meth:`voicecoach.adapters.duplex.SoundDeviceBackend.start` opens the input and output streams and
waits until input blocks arrive steadily (``_warm_up``); a stream that never settles within
``WARMUP_TIMEOUT`` is opened again, and after ``SILENT_ATTEMPTS`` such tries the device is called
silent ("delivers no sound"). A loaded machine must not turn a working device into that error.

Runs a private PulseAudio server (null sinks, tests/helpers/pulse_server.py) with the speaker's
monitor looped into the microphone (``module-loopback``, as the echo test does), starts ``--busy``
processes that spin on the CPU, and opens the real backend ``--starts`` times. Reported: the
outcome of every warm-up ("ok" or "silent", a "silent" one is retried by ``start``), starts that
failed with the user error, and the warm-up times (median, max) of the settled ones.

Usage: ``.venv/bin/python benchmarks/warmup_under_load.py [--starts 15] [--busy 2]``
Results: docs/benchmarks.md, "Duplex warm-up under load".
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.pulse_server import PulseServer  # noqa: E402
from voicecoach.adapters import duplex  # noqa: E402
from voicecoach.core.errors import UserError  # noqa: E402


def _spin(seconds: float) -> None:
    """Keep one core busy for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=15, help="backend starts (default 15)")
    parser.add_argument("--busy", type=int, default=2, help="processes spinning on the CPU (default 2)")
    args = parser.parse_args()

    missing = PulseServer.missing()
    if missing:
        print(f"warmup_under_load: {missing}", file=sys.stderr)
        return 2
    server = PulseServer(Path(tempfile.mkdtemp(prefix="vc-warmup-"))).start()
    os.environ.update({key: server.env[key] for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH")})
    os.environ.pop("PULSE_SERVER", None)

    warm_ups: list[tuple[str, float]] = []
    original = duplex.SoundDeviceBackend._warm_up

    def timed(self: duplex.SoundDeviceBackend) -> str:
        began = time.monotonic()
        status = original(self)
        warm_ups.append((status, time.monotonic() - began))
        return status

    duplex.SoundDeviceBackend._warm_up = timed  # type: ignore[method-assign]
    module = server.load_module("module-loopback", "source=spk.monitor", "sink=mic", "latency_msec=60")
    spinners = [multiprocessing.Process(target=_spin, args=(3600.0,), daemon=True) for _ in range(args.busy)]
    for spinner in spinners:
        spinner.start()
    failed = 0
    try:
        for _ in range(args.starts):
            backend = duplex.SoundDeviceBackend(None, None, 16_000)
            try:
                backend.start(lambda *_: None)
            except UserError:
                failed += 1
                continue
            backend.stop()
    finally:
        for spinner in spinners:
            spinner.terminate()
        server.pactl("unload-module", module, check=False)
        server.stop()

    settled = [seconds for status, seconds in warm_ups if status == "ok"]
    silent = sum(1 for status, _ in warm_ups if status == "silent")
    print(f"busy processes: {args.busy}, cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
    print(f"starts: {args.starts}, failed with 'delivers no sound': {failed}")
    print(f"warm-ups: {len(warm_ups)}, settled: {len(settled)}, silent (retried): {silent}")
    if settled:
        print(f"settled in: median {statistics.median(settled):.2f} s, max {max(settled):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
