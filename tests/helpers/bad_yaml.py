"""YAML that costs without bound in a naive loader: the cases of issue 13, shared by the loader,
CLI and fuzz tests."""

from __future__ import annotations


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """A "billion laughs": each level is a list of ``width`` aliases of the level below, so the
    last one stands for ``width ** levels`` values (9, 9: 387 million, in about 550 bytes)."""
    lines = ["id: bomb", 'a0: &a0 ["lol"]']
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def deep_flow(depth: int = 500) -> str:
    """``turns:`` holding a list nested ``depth`` levels deep, in brackets ``[[[...]]]``."""
    return "id: deep\nturns: " + "[" * depth + "]" * depth + "\n"


def deep_block(depth: int = 500) -> str:
    """A mapping nested ``depth`` levels deep in indented block style."""
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(depth)) + f"{'  ' * depth}x\n"


RECURSIVE = "id: loop\nturns: &t [*t]\n"
