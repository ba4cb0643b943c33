"""YAML with limits, for files a user or a stranger's zip hands us (scenarios, ``config.yaml``).

PyYAML composes a document recursively and lets aliases point at the same node any number of
times, so two kinds of small files cost without bound: a "billion laughs" alias bomb (550 bytes
whose aliases expand to 9**9 values; every walk over the tree, ours or pydantic's, visits them
all) and nesting a few hundred levels deep (``RecursionError`` in the composer). The
``LimitedComposer`` mixin counts while composing, so neither gets far:

- ``MAX_DEPTH`` levels of nesting (the shipped scenarios use 7);
- ``MAX_NODES`` values in the document with every alias expanded (the shipped scenarios hold
  fewer than 300; an alias that refers to its own anchor is refused too);
- ``read_limited`` refuses a file over a byte limit before parsing it.

A limit passed is a ``YamlTooComplex`` (a ``yaml.YAMLError``) with the line where it happened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from voicecoach.core.errors import Said

#: Deepest nesting of mappings and lists accepted (the shipped scenarios need 7).
MAX_DEPTH = 40
#: Most values in one document, counting each alias as the values it stands for.
MAX_NODES = 20_000


class YamlTooComplex(yaml.YAMLError):
    """A YAML document over a limit; ``problem`` says which and what to do, ``problem_mark`` where."""

    def __init__(self, problem: Said, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark
        self.context = None

    def __str__(self) -> str:
        return str(self.problem)


class LimitedComposer:
    """Mixin for a PyYAML loader class (put it before the loader): refuses deep nesting and alias
    expansion beyond the limits while composing, before anything walks the tree."""

    max_depth = MAX_DEPTH
    max_nodes = MAX_NODES

    def compose_document(self) -> yaml.Node | None:
        self._vc_depth = 0
        self._vc_nodes = 0
        self._vc_sizes: dict[int, int] = {}
        return super().compose_document()  # type: ignore[misc]

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.check_event(AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            anchored = self.anchors.get(event.anchor)  # type: ignore[attr-defined]
            if anchored is not None:
                size = self._vc_sizes.get(id(anchored))
                if size is None:
                    raise YamlTooComplex(
                        Said(
                            "the alias '*{anchor}' is used inside its own anchor '&{anchor}', which never "
                            "ends; write the value out instead",
                            anchor=event.anchor,
                        ),
                        event.start_mark,
                    )
                self._count(size, event.start_mark)
            return super().compose_node(parent, index)  # type: ignore[misc]
        mark = self.peek_event().start_mark  # type: ignore[attr-defined]
        self._vc_depth += 1
        if self._vc_depth > self.max_depth:
            raise YamlTooComplex(
                Said(
                    "nested more than {depth} levels deep; check the brackets and the indentation",
                    depth=self.max_depth,
                ),
                mark,
            )
        start = self._vc_nodes
        self._count(1, mark)
        try:
            node = super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._vc_depth -= 1
        self._vc_sizes[id(node)] = self._vc_nodes - start
        return node

    def _count(self, size: int, mark: yaml.Mark) -> None:
        self._vc_nodes += size
        if self._vc_nodes > self.max_nodes:
            raise YamlTooComplex(
                Said(
                    "more than {nodes:,} values once its aliases (*name) are expanded; write the values "
                    "out or use fewer aliases",
                    nodes=self.max_nodes,
                ),
                mark,
            )


class FileTooLarge(Exception):
    """A file over the byte limit of ``read_limited``; ``size`` is what it holds (bytes)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, over the limit of {limit}")
        self.size = size
        self.limit = limit


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit``; a larger file is a ``FileTooLarge``, read errors
    are the ``OSError`` of ``open``/``read`` (the caller words them)."""
    with open(path, "rb") as stream:
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            stream.seek(0, 2)
            raise FileTooLarge(stream.tell(), limit)
    return raw


def size_words(size: int) -> Said | str:
    """A byte count for a message: ``"980 bytes"`` (said in the UI language: "980 Bytes"), ``"12 KB"``,
    ``"3 MB"`` (KB, MB: 1024-based)."""
    if size < 1024:
        return Said("{size:# byte|# bytes}", size=size)
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{size // (1024 * 1024)} MB"


#: PyYAML's own problems (English) -> our message; matched at the start of its ``problem``.
YAML_PROBLEMS = (
    (
        "mapping values are not allowed",
        Said(
            "a ':' where no key can start; check this line's indentation, or put quotes around a text that holds ': '"
        ),
    ),
    ("could not find expected ':'", Said("a key without ':' (or an unclosed quote); check the line above too")),
    ("did not find expected key", Said("a line does not fit the indentation of the keys around it")),
    ("did not find expected '-'", Said("a list item does not fit the indentation of the items around it")),
    ("expected <block end>", Said("a line does not fit the indentation of the lines around it")),
    ("found unexpected end of stream", Said("a quote or bracket is not closed")),
    ("found unexpected end of document", Said("a quote or bracket is not closed")),
    ("did not find expected ',' or ']'", Said("a list in [...] is not closed with ']'")),
    ("did not find expected ',' or '}'", Said("a mapping in curly brackets is not closed")),
    ("found undefined alias", Said("an alias (*name) without its anchor (&name)")),
    ("found unknown escape character", Said("an unknown escape with '\\' in a double-quoted text")),
)


def yaml_words(problem: str, context: str | None) -> Said:
    """PyYAML's description of malformed YAML (its ``problem`` and ``context``) as our message, for
    scenario and settings files alike: a known problem in our words (both languages), any other
    with PyYAML's English words (German names no details)."""
    for start, words in YAML_PROBLEMS:
        if problem.startswith(start):
            return Said("malformed YAML: {words}", words=words)
    detail = f"{problem} ({context})" if context else problem
    return Said("malformed YAML: {detail}; check the indentation and quoting", detail=detail)
