"""Issue 12: the demo's sound counts every stretch the listener did not hear where it belonged, so
the call can say its sound had gaps (``DemoBackend.stop``). Before, a stalled device's silence and
the sound skipped after it went uncounted: the e2e recording had 1.9 s silent stretches (11 stalls
in a call) with no note. The causes are fed to the ring buffer and the audio callback directly
(no device: a stall cannot be made on demand; tests/e2e/test_demo_sound_pulseaudio.py plays the
real thing).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import pytest
import sounddevice as sd

from voicecoach.adapters.block_player import BlockPlayer, PlayoutBuffer
from voicecoach.adapters.settings import Settings
from voicecoach.live import demo

SR = 16_000
BLOCK = 512


def test_sound_skipped_to_catch_up_with_the_writer_is_counted() -> None:
    buffer = PlayoutBuffer(size=100, buffer=20, max_lag=60)
    buffer.write(np.ones(20, np.float32))
    buffer.read_into(np.zeros(16, np.float32))  # plays from 0; the next sample due is 16
    buffer.write(np.ones(70, np.float32))  # the device stalled while the writer went on: 90 written
    buffer.read_into(np.zeros(16, np.float32))  # catches up to 20 behind the writer: 16..69 never played
    assert buffer.skips == 1 and buffer.skipped == 90 - 20 - 16
    assert buffer.cut == 0  # nothing was written late


def player_without_device(latency: float) -> BlockPlayer:
    """A BlockPlayer as ``open`` leaves it, without a stream (only the callback is driven)."""
    player = BlockPlayer.__new__(BlockPlayer)
    player.buffer = PlayoutBuffer(int(4 * SR), int(0.5 * SR), int(2 * SR))
    player.device_rate = SR
    player.device_latency = latency
    player.warmup_seconds = 0.1  # warmed up: underflows from here on are gaps
    player._last_callback = None
    player.stalled_seconds = 0.0
    return player


def callback(player: BlockPlayer, *, underflow: bool = False) -> None:
    flags = sd.CallbackFlags()
    flags.output_underflow = underflow
    player.buffer.write(np.full(BLOCK, 0.1, np.float32))
    player._callback(np.zeros((BLOCK, 1), np.float32), BLOCK, None, flags)


def test_a_device_that_ran_dry_counts_the_silence_it_played() -> None:
    player = player_without_device(latency=0.064)
    for _ in range(3):
        callback(player)
    stalled_at = time.monotonic()
    time.sleep(0.4)  # no callback for 0.4 s: the 64 ms the device held ran out
    callback(player, underflow=True)
    waited = time.monotonic() - stalled_at
    assert player.stalled_seconds == pytest.approx(waited - 0.064, abs=0.05)
    assert player.cut_seconds == pytest.approx(player.stalled_seconds)
    callback(player)  # a steady callback adds nothing
    assert player.cut_seconds == pytest.approx(waited - 0.064, abs=0.05)


class _TimeInfo:
    """PortAudio's time info as sounddevice hands it to the callback (seconds, stream clock)."""

    def __init__(self, ahead: float) -> None:
        self.currentTime = 100.0
        self.outputBufferDacTime = 100.0 + ahead


def test_a_gap_longer_than_what_was_queued_is_silence_even_unflagged() -> None:
    """The ALSA-PulseAudio bridge ran dry without output_underflow (a busy e2e run recorded 3 s
    of silence in the customer's line that nobody reported): the gap between callbacks, beyond
    what the device held (its DAC time ahead of now at the last callback, plus that block), is
    the silence played."""
    player = player_without_device(latency=0.064)
    block = BLOCK / SR
    player.buffer.write(np.full(BLOCK, 0.1, np.float32))
    player._callback(np.zeros((BLOCK, 1), np.float32), BLOCK, _TimeInfo(0.2), sd.CallbackFlags())
    time.sleep(0.1)  # within the 0.2 s queued: nothing lost
    player._callback(np.zeros((BLOCK, 1), np.float32), BLOCK, _TimeInfo(0.2), sd.CallbackFlags())
    assert player.stalled_seconds == 0.0
    stalled_at = time.monotonic()
    time.sleep(0.6)
    player._callback(np.zeros((BLOCK, 1), np.float32), BLOCK, _TimeInfo(0.2), sd.CallbackFlags())
    waited = time.monotonic() - stalled_at
    assert player.stalled_seconds == pytest.approx(waited - 0.2 - block, abs=0.05)
    assert player.cut_seconds >= 0.3


def test_a_stall_and_the_skip_after_it_are_one_loss_not_two() -> None:
    player = player_without_device(latency=0.064)
    player.stalled_seconds = 2.0  # the device played 2 s of silence ...
    player.buffer.skipped = int(1.9 * SR)  # ... and 1.9 s were skipped to catch up after it
    player.buffer.cut = int(0.3 * SR)  # and the writer was late once
    assert player.cut_seconds == pytest.approx(0.3 + 2.0)


def test_the_demo_asks_for_a_device_buffer_that_outlasts_a_busy_machines_stalls(monkeypatch) -> None:
    # 64 ms ("high" on ALSA's PulseAudio device) ran dry 11-14 times a call at a load of 9-18
    made: list[dict[str, Any]] = []
    monkeypatch.setattr(demo.block_player, "BlockPlayer", lambda device, **options: made.append(options) or "player")
    assert demo.demo_sound(Settings()) == ("player", None)
    assert made == [{"buffer_seconds": demo.DEMO_BUFFER_SECONDS, "latency": demo.DEMO_DEVICE_LATENCY}]
    assert demo.DEMO_DEVICE_LATENCY >= 0.5
