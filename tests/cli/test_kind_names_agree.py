"""A finding kind has one name: the TUI, the CLI and the reports say the same, in both languages."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest

from voicecoach import i18n, report
from voicecoach.commands.history import progress_text
from voicecoach.core.progress import Progress, Suggestion
from voicecoach.core.result import FINDING_KINDS
from voicecoach.core.words.names import KINDS

LANGUAGES = ("de", "en")


def tui_name(kind: str, language: str) -> str:
    """What the feedback, summary and progress screens show (they call ``i18n.label``)."""
    before = i18n.current_language()
    i18n.set_language(language)
    try:
        return i18n.label("kind", kind)
    finally:
        i18n.set_language(before)


def cli_names(kind: str, language: str) -> set[str]:
    """The names ``voicecoach history --progress`` prints: the recurring list and the suggestion."""
    progress = Progress(
        trends={},
        totals=[(1, "2025-03-03T10:00:00+00:00", 50.0)],
        recurring=[(kind, 2, 1)],
        scenarios=[],
        suggestion=Suggestion(None, kind, None, None),
    )
    out = progress_text(progress, language)
    recurring = re.findall(r"^  (.+): 2× in 1 ", out, re.MULTILINE)
    suggested = re.findall(r"(?:achten Sie auf|watch out for): (.+)$", out, re.MULTILINE)
    assert len(recurring) == 1 and len(suggested) == 1, out
    return {recurring[0], suggested[0]}


def report_names(kind: str, language: str) -> set[str]:
    """The names the Markdown and HTML reports print for a finding of ``kind``."""
    finding = {"kind": kind, "start": 1.0, "end": 1.5, "severity": "minor", "message": "m", "tip": ""}
    data = {
        "report": "voicecoach-session",
        "version": 1,
        "session": {
            "id": 1,
            "title": "t",
            "scenario": "s",
            "language": language,
            "status": "completed",
            "score": 80,
            "skills": {},
            "app_version": "0",
            "started": None,
        },
        "turns": [
            {
                "index": 1,
                "turn": "t1",
                "findings": [finding],
                "customer_speech": [[0.0, 2.0]],
                "trainee_speech": [[1.0, 3.0]],
                "transcript": {},
                "score": {"total": 80, "skills": {}},
                "recordings": {},
                "duration": 3.0,
                "line_end": 2.0,
            }
        ],
    }
    markdown = re.findall(r"^1\. \*\*(.+?)\*\* ", report.render_markdown(data), re.MULTILINE)
    page = re.findall(r'<span class="kind">(.+?)</span>', report.render_html(data))
    assert len(markdown) == 1 and len(page) == 1
    return {markdown[0], html.unescape(page[0])}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", FINDING_KINDS)
def test_tui_cli_and_reports_name_a_kind_alike(kind: str, language: str) -> None:
    name = tui_name(kind, language)
    assert name == KINDS[kind][language]
    assert cli_names(kind, language) == {name}
    assert report_names(kind, language) == {name}


def test_names_are_distinct_per_language() -> None:
    for language in LANGUAGES:
        names = [KINDS[kind][language] for kind in FINDING_KINDS]
        assert len(set(names)) == len(names), language


def test_no_second_table_of_kind_names() -> None:
    """A kind's name is written in core/words only: no screen, command or report keeps its own."""
    package = Path(i18n.__file__).parent
    names = {entry[language] for entry in KINDS.values() for language in LANGUAGES}
    # Earlier names of the same kinds, so that they do not come back under another table.
    names |= {
        "Drübergesprochen",
        "Aktives Zuhören",
        "Active listening",
        "Wort überlassen",
        "Yielded",
        "Nachgehakt nach Nein",
        "Pushed after no",
        "Ärger nicht anerkannt",
        "Need not asked",
        "Keine Frage nach dem Bedarf",
        "No question about the need",
    }
    found = []
    for path in package.rglob("*.py"):
        if (package / "core" / "words") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                found.append(f"{path.relative_to(package)}:{node.lineno}: {node.value!r}")
    assert not found, found
