"""Helper for test_no_network: runs the voicecoach CLI with an audit hook that writes every
network-related event (sockets, name lookups, HTTP, URL opening) to the file named by
``VOICECOACH_NET_LOG``, one line each.

    python no_network_run.py ARGS...   (same arguments as ``voicecoach``)
"""

from __future__ import annotations

import os
import sys

WATCHED = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "http.client.connect",
    "urllib.Request",
    "ftplib.connect",
    "smtplib.connect",
)


def install(path: str) -> None:
    """Log every watched event of this process to ``path`` (audit hooks cannot be removed)."""
    log = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - open for the process's life

    def hook(event: str, args: tuple) -> None:
        if event in WATCHED:
            log.write(f"{event} {args!r}\n")

    sys.addaudithook(hook)


def main() -> int:
    install(os.environ["VOICECOACH_NET_LOG"])
    from voicecoach.cli import main as cli

    return cli(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
