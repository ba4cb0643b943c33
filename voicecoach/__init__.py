"""voicecoach: a voice role-play trainer for phone skills.

Privacy by construction: every way into voicecoach (the ``voicecoach`` command, ``python -m
voicecoach``, the app, a test or script importing any ``voicecoach`` module) imports this
package first, so the environment set here is in place before onnxruntime (Piper's voices,
the Silero speech detector) or huggingface_hub can load.

- ``ORT_DISABLE_TELEMETRY=1``: onnxruntime 1.32 otherwise resolves and contacts a Microsoft
  telemetry host from native code about 12 s into a practice call (``strace -f -e
  trace=network`` showed 6 internet sockets and DNS lookups in a one-turn demo call; with the
  variable, 0). ``onnxruntime.disable_telemetry_events()`` did not stop it; only the variable,
  read when the library loads, does. It is set to ``1`` even when the user's environment says
  otherwise: practice recordings and transcripts never leave this machine, and no setting of
  another program's may change that. The user's value is kept in ``USER_ORT_DISABLE_TELEMETRY``
  for anyone who needs to see it.
- ``HF_HUB_DISABLE_TELEMETRY=1``: the model hub's usage pings, for the one command that does
  use the network (``voicecoach models pull``); a value the user set wins here, since a pull is
  an explicit download anyway.

Model loading is offline by construction besides: Whisper folders are checked for every file
before loading (``voicecoach.adapters.models``), so faster-whisper never falls back to the hub.
"""

import os

#: The value of ``ORT_DISABLE_TELEMETRY`` this process started with (None: unset), before voicecoach forced ``1``.
USER_ORT_DISABLE_TELEMETRY = os.environ.get("ORT_DISABLE_TELEMETRY")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"
