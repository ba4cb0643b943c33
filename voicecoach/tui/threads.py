"""Background threads for work that touches audio devices or runs long.

Textual's thread workers run in asyncio's default executor, which ``asyncio.run`` joins when
the app exits: a worker blocked in a driver call on a dead device (PortAudio can block forever
once the sound server is gone) would keep the app from ever closing. These run as daemon
threads named ``voicecoach-…`` instead; ``voicecoach app`` checks for any still stuck at exit.
Like Textual's workers they report back only through ``post_message``.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

PREFIX = "voicecoach-"
F = TypeVar("F", bound=Callable[..., Any])


def background(name: str) -> Callable[[F], F]:
    """Run the decorated method in a daemon thread each time it is called."""

    def decorate(method: F) -> F:
        def run(*args: Any, **kwargs: Any) -> None:
            try:
                method(*args, **kwargs)
            except RuntimeError as error:  # posting to an app that has closed meanwhile
                log.debug("background job %s ended after the app: %s", name, error)

        @functools.wraps(method)
        def start(*args: Any, **kwargs: Any) -> threading.Thread:
            thread = threading.Thread(target=run, args=args, kwargs=kwargs, name=PREFIX + name, daemon=True)
            thread.start()
            return thread

        return start  # type: ignore[return-value]

    return decorate


def stuck_threads() -> list[threading.Thread]:
    """Threads of ours (and of the duplex adapter) still running, and any non-daemon thread."""
    me = threading.current_thread()
    return [
        thread
        for thread in threading.enumerate()
        if thread is not me and thread.is_alive() and (not thread.daemon or thread.name.startswith((PREFIX, "duplex")))
    ]
