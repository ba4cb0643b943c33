"""Listening back (ClipPlayer) on a real PulseAudio server: the first press plays, on a server
started a moment ago (was: microphone advice, because a duplex stream waited for the mic), and a
failure is worded for playback in the UI language."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.adapters.test_block_player import envelope_onsets, pulse, tone  # noqa: F401 - pulse is a fixture
from voicecoach.adapters.clips import ClipPlayer, PlaybackError
from voicecoach.adapters.settings import Settings

pytestmark = pytest.mark.audio

SR = 16_000


def test_the_first_play_on_a_fresh_server_comes_out_whole(pulse: Any, tmp_path: Path) -> None:  # noqa: F811
    wav = tmp_path / "spk.wav"
    recorder = pulse.record(wav)
    try:
        clip = np.concatenate([np.zeros(int(0.3 * SR), np.float32), tone(0.8), np.zeros(int(0.3 * SR), np.float32)])
        started = time.monotonic()
        ClipPlayer(Settings()).play(clip, SR)  # no microphone involved, no exception
        took = time.monotonic() - started
        time.sleep(0.3)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    import soundfile

    recorded, _rate = soundfile.read(wav, dtype="float32")
    starts, ends = envelope_onsets(recorded)
    assert len(starts) == 1, (starts, ends)
    assert ends[0] - starts[0] == pytest.approx(0.8, abs=0.05)  # the whole tone, once
    assert took < 1.4 + 10  # the clip plus at most the stream's warm-up


def test_stop_ends_the_play_at_once(pulse: Any) -> None:  # noqa: F811
    import threading

    player = ClipPlayer(Settings())
    thread = threading.Thread(target=player.play, args=(tone(6.0), SR))
    thread.start()
    time.sleep(1.5)
    stopped = time.monotonic()
    player.stop()
    thread.join(5)
    assert not thread.is_alive() and time.monotonic() - stopped < 1.0


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [("de", "Anhören nicht möglich", ("Mikrofon", "microphone", "--output")), ("en", "Cannot play back", ("micro",))],
)
def test_a_missing_output_is_a_playback_line_in_the_ui_language(
    pulse: Any,  # noqa: F811
    language: str,
    words: str,
    not_words: tuple[str, ...],
) -> None:
    player = ClipPlayer(Settings(output_device="no-such-headset"), language=lambda: language)
    with pytest.raises(PlaybackError) as caught:
        player.play(tone(0.2), SR)
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert not any(word in message for word in not_words)
