"""The HTML report rendered by a real browser (Debian's headless chromium) to a PNG.

Checks that the page renders with no network (all resources inline) and that the timeline's
lanes, the overlap hatching and the findings' colours are on the screenshot.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import numpy as np
import pytest

from tests.helpers.history_data import clean_turn, interrupted_turn
from voicecoach.adapters.store import Store
from voicecoach.cli import main
from voicecoach.report import CUSTOMER_COLOUR, SEVERITY_COLOURS, TRAINEE_COLOUR

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium fonts-dejavu-core)"
)


def screenshot(html: Path, png: Path, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            "--window-size=1200,1600",
            "--hide-scrollbars",
            html.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(profile)},
    )


def read_png(path: Path) -> np.ndarray:
    """Decode an 8-bit RGB/RGBA PNG into (height, width, channels) with numpy alone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    assert header is not None
    width, height, depth, colour, _comp, _filter, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(height, stride + 1)
    out = np.zeros((height, stride), np.uint8)
    previous = np.zeros(stride, np.int64)
    for y in range(height):
        kind, line = raw[y, 0], raw[y, 1:].astype(np.int64)
        if kind == 0:
            row = line
        elif kind == 1:  # Sub: a running sum per channel
            row = np.cumsum(line.reshape(width, channels), axis=0).reshape(stride) % 256
        elif kind == 2:  # Up
            row = (line + previous) % 256
        else:  # Average, Paeth: sequential along the row
            row = np.zeros(stride, np.int64)
            values, above = line.tolist(), previous.tolist()
            result = [0] * stride
            for x in range(stride):
                left = result[x - channels] if x >= channels else 0
                up = above[x]
                if kind == 3:
                    result[x] = (values[x] + (left + up) // 2) % 256
                else:
                    corner = above[x - channels] if x >= channels else 0
                    estimate = left + up - corner
                    pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                    best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                    result[x] = (values[x] + best) % 256
            row = np.array(result, np.int64)
        out[y] = row
        previous = row
    return out.reshape(height, width, channels)[:, :, :3]


def pixels_like(image: np.ndarray, colour: str, tolerance: int = 12) -> int:
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(image.astype(np.int64) - rgb).max(axis=2) <= tolerance).sum())


def test_html_report_renders_in_headless_chromium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open() as store:
        session = store.start_session("late-delivery-de", "Die verspätete Lieferung", "de")
        store.add_turn(session, interrupted_turn("de"))
        store.add_turn(session, clean_turn("de"))
        store.end_session(session)
    html = tmp_path / "report.html"
    assert main(["report", str(session), "--format", "html", "-o", str(html)]) == 0
    capsys.readouterr()

    png = tmp_path / "report.png"
    result = screenshot(html, png, tmp_path / "profile")
    assert result.returncode == 0 and png.is_file(), result.stderr[-2000:]
    keep = os.environ.get("VOICECOACH_KEEP_SCREENSHOT")
    if keep:  # for looking at it: VOICECOACH_KEEP_SCREENSHOT=/tmp/report.png pytest ...
        shutil.copyfile(png, keep)

    image = read_png(png)
    assert image.shape == (1600, 1200, 3)
    background = np.mean(image.reshape(-1, 3), axis=0)
    assert background.min() > 200, "the page should be mostly white"
    # Both speakers' lanes (two turns, several spans) and the findings' markers are drawn.
    assert pixels_like(image, CUSTOMER_COLOUR) > 5000
    assert pixels_like(image, TRAINEE_COLOUR) > 5000
    assert pixels_like(image, SEVERITY_COLOURS["major"]) > 300  # interruption, not_listening
    assert pixels_like(image, SEVERITY_COLOURS["minor"]) > 100  # filler words
    assert pixels_like(image, "#f5b7b1", tolerance=20) > 100  # overlap hatching
    # Text is rendered in a real font (dark pixels from headings and transcript).
    assert (image.max(axis=2) < 80).sum() > 5000
