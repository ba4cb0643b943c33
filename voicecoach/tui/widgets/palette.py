"""The command palette in the UI language: Textual's own texts ("Search for commands…", "No
matches found", the palette's keys, the system commands, theme names) replaced by ours.

Textual writes these in English only; :class:`Palette` and :class:`ThemeNames` put the words of
:mod:`voicecoach.core.words.ui` (``palette.*``, ``colours.*``) in their place, so a German user
never meets English in the palette (issue 11).
"""

from __future__ import annotations

from functools import partial

from rich.align import Align
from rich.text import Text
from textual.binding import Binding
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from voicecoach.i18n import known, t
from voicecoach.tui.base import translate_bindings


def theme_label(name: str) -> str:
    """A theme's name as the user reads it: ours for Textual's own ("textual-dark" -> "Dunkel"),
    proper names as names, with light/dark in the UI language ("solarized-light" -> "Solarized (hell)")."""
    if known(f"colours.{name}"):
        return t(f"colours.{name}")
    base, shade = name, ""
    for suffix in ("-dark", "-light"):
        if name.endswith(suffix):
            base, shade = name[: -len(suffix)], t(f"colours.shade{suffix}")
    words = " ".join(part.capitalize() for part in base.split("-"))
    return f"{words} ({shade})" if shade else words


class ThemeNames(Provider):
    """The themes, named in the UI language (Textual's ``ThemeProvider`` shows the raw names)."""

    def _themes(self) -> list[tuple[str, str]]:
        names = [name for name in self.app.available_themes if name != "textual-ansi"]
        return sorted(((theme_label(name), name) for name in names), key=lambda item: item[0].casefold())

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        for label, name in self._themes():
            yield DiscoveryHit(label, partial(self._choose, name))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, name in self._themes():
            if (score := matcher.match(label)) > 0:
                yield Hit(score, matcher.highlight(label), partial(self._choose, name), text=label)


class Palette(CommandPalette):
    """Textual's command palette with every text of its own in the UI language."""

    BINDINGS = [
        Binding("ctrl+end, shift+end", "command_list('last')", "palette.last", show=False),
        Binding("ctrl+home, shift+home", "command_list('first')", "palette.first", show=False),
        Binding("down", "cursor_down", "palette.next", show=False),
        Binding("escape", "escape", "palette.close"),
        Binding("pagedown", "command_list('page_down')", "palette.next_page", show=False),
        Binding("pageup", "command_list('page_up')", "palette.previous_page", show=False),
        Binding("up", "command_list('cursor_up')", "palette.previous", show=False),
    ]

    def __init__(self, *args: object, placeholder: str | None = None, **kwargs: object) -> None:
        super().__init__(*args, placeholder=placeholder or t("palette.search"), **kwargs)  # type: ignore[arg-type]
        translate_bindings(self)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's, with "No matches found" in the UI language (Textual has no setting for it)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(t("palette.none"), style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
