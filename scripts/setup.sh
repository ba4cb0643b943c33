#!/usr/bin/env bash
# Set up everything voicecoach needs, idempotently: Debian packages (when run as root),
# a virtual environment at .venv/ with voicecoach and the offline model packages.
# Sourced or run by scripts/app and scripts/test; safe to run again (it skips what is done).
#
#   scripts/setup.sh          # the app's needs
#   scripts/setup.sh --test   # plus what the test suite needs (audio tests, browser, tmux)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf 'voicecoach setup: %s\n' "$*" >&2; }

# --- Debian packages ---------------------------------------------------------------
# libportaudio2: sounddevice's audio library. python3-venv: Debian's python3 lacks venv.
# espeak-ng: the German customer's stand-in voice when no German Piper voice is installed.
# gcc, python3-dev: to build SVOX Pico (PyPI ttspico, a source package), the better stand-in.
# For the tests: PulseAudio with null sinks (real audio streams without a sound card),
# espeak-ng for test speech, chromium to render the HTML report, tmux to drive the TUI,
# strace to prove a call opens no internet socket (tests/e2e/test_no_network.py).
debs=(libportaudio2 libsndfile1 python3-venv mythes-de mythes-en-us espeak-ng gcc libc6-dev python3-dev)
test_debs=(pulseaudio pulseaudio-utils libasound2-plugins sox chromium tmux strace)
[ "$want_test" = 1 ] && debs+=("${test_debs[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    # python3-venv only matters when the system python has no venv module; checked below.
    say "missing system packages: ${missing[*]}"
    say "install them with: sudo apt-get install ${missing[*]}"
  fi
fi

# --- Python -------------------------------------------------------------------------
python=""
for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python3.10; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  say "Python 3.10 or newer is needed; install it with: sudo apt-get install python3 python3-venv"
  exit 2
fi

if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in $venv"
  if ! "$python" -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    say "could not create a virtual environment; install it with: sudo apt-get install python3-venv"
    exit 2
  fi
fi

# Reinstall only when the dependency list changed (pyproject.toml's hash is the stamp).
extras="offline,batch"  # batch: Ray and pyarrow for voicecoach batch
[ "$want_test" = 1 ] && extras="offline,batch,test"
stamp="$venv/.voicecoach-installed-$extras"
digest="$(sha256sum "$repo/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  say "installing voicecoach and its packages ($extras) into .venv (first time: a few minutes)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  # setuptools prints a banner about editable installs on every run: kept in a log, shown on failure
  if ! "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$repo[$extras]" >"$venv/pip.log" 2>&1; then
    tail -n 20 "$venv/pip.log" >&2
    say "installing the Python packages failed (log: $venv/pip.log); check the network to PyPI and run this again"
    exit 2
  fi
  # Smart Turn v3.2, the end-of-turn model (BSD-2), is package data of the pipecat-ai wheel;
  # --no-deps: pipecat itself is never imported, its 29 dependencies (numba, openai, ...) not needed.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps "pipecat-ai==1.14.0"
  echo "$digest" > "$stamp"
fi

# SVOX Pico (Apache-2.0) speaks a German customer when no German Piper voice is installed:
# Whisper understood it far better than espeak-ng (docs/benchmarks.md, "German voice"). PyPI has
# it only as source, so it is built here when a C compiler and Python's headers are present;
# without them espeak-ng stands in and set-up says how to get Pico.
if ! "$venv/bin/python" -c 'import ttspico' 2>/dev/null; then
  headers="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
  if command -v cc >/dev/null 2>&1 && [ -f "$headers/Python.h" ]; then
    # its build prints setuptools' deprecation notices: keep them in a log, shown only on failure
    if ! "$venv/bin/python" -m pip install -q --disable-pip-version-check "ttspico==0.3.2" >"$venv/pico-build.log" 2>&1; then
      tail -n 5 "$venv/pico-build.log" >&2
      say "SVOX Pico could not be built (log: $venv/pico-build.log); German customers speak with espeak-ng meanwhile"
    fi
  else
    say "a German customer speaks with espeak-ng; for the clearer SVOX Pico voice: sudo apt-get install gcc python3-dev, then run this again"
  fi
fi

# --- Checks that name the fix -----------------------------------------------------------
if ! "$venv/bin/python" -c 'import ctypes.util, sys; sys.exit(ctypes.util.find_library("portaudio") is None)'; then
  say "PortAudio is missing (no audio in the app); install it with: sudo apt-get install libportaudio2"
fi

# --- German voices ------------------------------------------------------------------------
# The German Piper voices the shipped scenarios name, once, when there is a network: a short
# timeout, one line when offline, no second try for a day; never fails set-up (the espeak-ng
# stand-in speaks German meanwhile). VOICECOACH_VOICE_URL points it at a mirror;
# VOICECOACH_NO_VOICE_FETCH=1 skips it (the test suite's set-up).
if [ "$want_test" = 0 ] && [ -z "${VOICECOACH_NO_VOICE_FETCH:-}" ]; then
  "$venv/bin/python" -m voicecoach.adapters.voice_fetch || true
fi
