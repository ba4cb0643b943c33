"""The key bar at the bottom of every screen, with quit and help first.

Textual's ``Footer`` lists the keys in binding order (the screen's, then the app's), so on a narrow
terminal (80x24) the app's help and quit keys, which come last, were cut off: no visible way to
quit. This footer puts quit and help first, shows each key once (the library's ``q`` and the
app's ``ctrl+q`` both quit: the screen's own key is shown), and shows only the keys that fit
whole: at 80 columns the last ones are left out instead of cut mid-word ("g Ge"); help (F1)
lists every key, and the command palette reaches every action.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # Textual exports no public name for it

from voicecoach.i18n import textual_text

#: Actions shown before all others, in this order.
FIRST = ("quit", "help")


def _action(name: str) -> str:
    return name.rpartition(".")[2]


def key_width(key_display: str, description: str) -> int:
    """Columns a ``FooterKey`` takes: the key and the description, each with one column of padding."""
    return cell_len(key_display) + cell_len(description) + 3


class KeyFooter(Footer):
    """``Footer`` with :data:`FIRST` first, one key per action and description, and only the keys
    that fit whole in the terminal's width."""

    _laid_out_for = 0

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._laid_out_for:
            self.call_after_refresh(self.recompose)

    def _fitting(self, shown: list, palette_width: int) -> list:
        """The first keys of ``shown`` that fit beside the palette key (quit and help always)."""
        width = self.size.width or self.app.size.width
        self._laid_out_for = width
        budget = width - palette_width
        kept = []
        for item in shown:
            binding = item[0]
            used = key_width(self.app.get_key_display(binding), textual_text(binding.description))
            if used > budget and _action(binding.action) not in FIRST:
                break
            kept.append(item)
            budget -= used
        return kept

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        shown = []
        seen: set[str] = set()
        for _node, binding, enabled, tooltip in active.values():
            if not binding.show:
                continue
            action = _action(binding.action)
            if action in seen or binding.description in seen:
                continue
            seen.update((action, binding.description))
            shown.append((binding, enabled, tooltip))
        shown.sort(key=lambda item: FIRST.index(_action(item[0].action)) if _action(item[0].action) in FIRST else 9)
        palette = active.get(self.app.COMMAND_PALETTE_BINDING) if self.show_command_palette else None
        palette_width = 0
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            palette_width = key_width(self.app.get_key_display(palette[1]), textual_text(palette[1].description)) + 2
        with_palette = self._fitting(shown, palette_width)
        show_palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        if show_palette and len(with_palette) < len(shown) and len(self._fitting(shown, 0)) == len(shown):
            # the screen's own keys before the palette's: ctrl+p still works, and help names it
            show_palette = False
            with_palette = self._fitting(shown, 0)
        shown = with_palette
        self.styles.grid_size_columns = len(shown)
        for binding, enabled, tooltip in shown:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                textual_text(binding.description),  # a Textual widget's own key ("Dismiss menu") in ours
                binding.action,
                disabled=not enabled,
                tooltip=textual_text(tooltip),
            ).data_bind(compact=Footer.compact)
        if show_palette:
            palette = active.get(self.app.COMMAND_PALETTE_BINDING)
            if palette is not None:
                _node, binding, enabled, tooltip = palette
                yield FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    textual_text(binding.description),
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=textual_text(binding.tooltip or binding.description),
                )
