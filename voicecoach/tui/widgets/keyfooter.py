"""The key bar at the bottom of every screen, with quit and help first.

Textual's ``Footer`` lists the keys in binding order (the screen's, then the app's), so on a narrow
terminal (80x24) the app's help and quit keys, which come last, were cut off: no visible way to
quit. This footer puts quit and help first and shows each key once (the library's ``q`` and the
app's ``ctrl+q`` both quit: the screen's own key is shown).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # Textual exports no public name for it

#: Actions shown before all others, in this order.
FIRST = ("quit", "help")


def _action(name: str) -> str:
    return name.rpartition(".")[2]


class KeyFooter(Footer):
    """``Footer`` with :data:`FIRST` first and one key per action and description."""

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
        self.styles.grid_size_columns = len(shown)
        for binding, enabled, tooltip in shown:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            palette = active.get(self.app.COMMAND_PALETTE_BINDING)
            if palette is not None:
                _node, binding, enabled, tooltip = palette
                yield FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=binding.tooltip or binding.description,
                )
