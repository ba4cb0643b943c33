"""A private PulseAudio server with virtual devices, for tests that need real audio streams.

``spk`` is a null sink (the "speaker" the customer is played into), ``mic`` a null sink whose
monitor feeds the virtual source ``headset_mic`` (the "microphone": whatever is played into
``mic`` with ``paplay --device=mic`` is what the trainee says). Defaults are set to spk and
headset_mic, so PortAudio's ``default``/``pulse`` devices use them. The server lives in its own
``XDG_RUNTIME_DIR`` under the test's temp folder and is killed afterwards (and exits by itself after
2 idle minutes, should a killed test run leave it behind). See DEVELOPERS.md,
"Audio without a sound card".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any


class PulseServer:
    def __init__(self, runtime_dir: Path):
        self.runtime_dir = Path(runtime_dir)
        self.env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_RUNTIME_PATH": str(self.runtime_dir / "pulse"),
        }
        self.env.pop("PULSE_SERVER", None)
        self.log = self.runtime_dir / "pulseaudio.log"

    @staticmethod
    def missing() -> str | None:
        """Why no server can be started here (None when pulseaudio and pactl are installed)."""
        for tool in ("pulseaudio", "pactl", "paplay", "parec"):
            if shutil.which(tool) is None:
                return f"{tool} is not installed (sudo apt install pulseaudio pulseaudio-utils)"
        return None

    @classmethod
    def started_or_skip(cls, tmp_path_factory: Any, name: str, needs: str) -> PulseServer:
        """A started server in a fresh temp folder, or ``pytest.skip`` saying what ``needs`` it."""
        import pytest

        reason = cls.missing()
        if reason:
            pytest.skip(f"{needs} needs PulseAudio: {reason}")
        return cls(tmp_path_factory.mktemp(name) / "xdg").start()

    def record(self, path: Path, source: str = "spk.monitor", rate: int = 16_000) -> subprocess.Popen[bytes]:
        """Start recording ``source`` (what is played into the speaker, by default) as a float WAV."""
        command = ["parec", "-d", source, f"--rate={rate}", "--channels=1", "--format=float32le",
                   "--file-format=wav", str(path)]  # fmt: skip
        return subprocess.Popen(command, env=self.env)

    def start(self) -> PulseServer:
        self.runtime_dir.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        command = [
            "pulseaudio", "--daemonize=yes", "--exit-idle-time=120", "-n", "--use-pid-file=yes",
            f"--log-target=file:{self.log}",
            "--load=module-native-protocol-unix auth-anonymous=1",
            "--load=module-null-sink sink_name=spk",
            "--load=module-null-sink sink_name=mic",
            "--load=module-virtual-source source_name=headset_mic master=mic.monitor",
        ]  # fmt: skip
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"pulseaudio did not start: {done.stderr.strip() or done.stdout.strip()}")
        deadline = time.monotonic() + 15
        while self.pactl("info", check=False).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError(f"pulseaudio started but pactl cannot reach it; see {self.log}")
            time.sleep(0.1)
        self.pactl("set-default-sink", "spk")
        self.pactl("set-default-source", "headset_mic")
        return self

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, timeout=15, check=check)

    def load_module(self, *args: str) -> str:
        return self.pactl("load-module", *args).stdout.strip()

    def paplay(self, path: Path, device: str = "mic") -> subprocess.Popen[bytes]:
        """Start playing ``path`` into ``device`` (the virtual microphone by default)."""
        return subprocess.Popen(["paplay", f"--device={device}", str(path)], env=self.env)

    def stop(self) -> None:
        subprocess.run(["pulseaudio", "--kill"], env=self.env, capture_output=True, timeout=15)
        deadline = time.monotonic() + 10
        while self.pactl("info", check=False).returncode == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
