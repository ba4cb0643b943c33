"""The library: every scenario, grouped by language, filterable, with the brief of the highlighted one."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from voicecoach.adapters.library import LoadedScenario, Problem
from voicecoach.adapters.settings import user_scenarios_dir
from voicecoach.i18n import current_language, customer_label, label, t
from voicecoach.tui.base import CallRequest, Guarded, translate_bindings
from voicecoach.tui.screens.call import CallScreen
from voicecoach.tui.widgets.keyfooter import KeyFooter
from voicecoach.tui.widgets.lists import hanging
from voicecoach.tui.widgets.titlebar import TitleBar

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
DIFFICULTY_STYLE = {"easy": "#87d75f", "medium": "#ffd75f", "hard": "#ff5f5f"}


def scenario_matches(
    item: LoadedScenario, query: str, language: str | None, difficulty: str | None, theme: str | None
) -> bool:
    s = item.scenario
    if language and s.language != language:
        return False
    if difficulty and s.difficulty != difficulty:
        return False
    if theme and s.theme != theme:
        return False
    if query:
        haystack = " ".join(
            [s.id, s.title, s.theme, label("theme", s.theme), s.persona.name, s.brief.situation, s.brief.goal]
        ).lower()
        return all(word in haystack for word in query.lower().split())
    return True


class LibraryScreen(Guarded, Screen[None]):
    """Pick a scenario; Enter starts the call."""

    BINDINGS = [
        Binding("enter", "start", "key.start", show=True),
        # in the order the key bar shows them; at 80 columns it ends where a key would be cut
        # the search field's own label names its key ("Suchen (/)"), so the bar keeps room for progress
        Binding("slash", "search", "key.search", show=False),
        Binding("g", "app.devices", "key.devices"),
        Binding("d", "demo", "key.demo"),
        Binding("p", "app.progress", "key.progress"),
        Binding("f", "app.files", "key.files"),
        Binding("c", "app.headset_check", "key.check", show=False),
        Binding("a", "app.record", "key.record"),
        Binding("u", "app.toggle_language", "key.language"),
        Binding("escape", "clear_search", show=False),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.items: list[LoadedScenario] = []
        #: The library's fingerprint when it was loaded (see reload_if_changed).
        self.stamp: Any = None
        self.problems: list[Problem] = []
        self.shown: list[LoadedScenario] = []

    def compose(self) -> ComposeResult:
        yield TitleBar("library.title")
        with Vertical(id="library"):
            yield Static(id="audio-status")
            yield Static(id="check-offer")
            yield Static(id="problems")
            with Horizontal(id="filters"):
                yield Input(placeholder=t("library.search"), id="search")
                yield Select([], prompt=t("library.language"), id="language")
                yield Select([], prompt=t("library.difficulty"), id="difficulty")
                yield Select([], prompt=t("library.theme"), id="theme")
            with Horizontal(id="library-main"):
                with Vertical(id="scenario-column"):
                    yield OptionList(id="scenarios")
                    yield Static(id="count")
                with VerticalScroll(id="detail"):
                    yield Static(id="brief")
        yield KeyFooter()

    #: Seconds between two looks at the library's files while this screen is on top.
    LIBRARY_CHECK_SECONDS = 2.0

    def on_mount(self) -> None:
        self.load()
        self.query_one("#scenarios", OptionList).focus()
        self.set_interval(self.LIBRARY_CHECK_SECONDS, self.reload_if_changed)

    def on_screen_resume(self) -> None:
        self.show_check_offer()  # gone once the check passed
        if self.stamp is not None:  # not the first time (on_mount loaded it)
            self.reload_if_changed()

    def reload_if_changed(self) -> bool:
        """Load the library again when its files changed (a scenario made or edited while the app
        runs); the highlighted scenario stays highlighted. True when it reloaded."""
        if not self.is_current:
            return False
        try:
            stamp = self.app.adapters.library_stamp()
        except Exception:  # noqa: BLE001 - no fingerprint: keep what is shown
            return False
        if stamp == self.stamp:
            return False
        before = {item.path for item in self.items}
        keep = self.highlighted()
        self.load()
        added = len({item.path for item in self.items} - before)
        if keep is not None:
            self._highlight(keep.scenario.id)
        self.notify(t("library.reloaded", n=len(self.items), added=added), timeout=4)
        return True

    def _highlight(self, scenario_id: str) -> None:
        if any(item.scenario.id == scenario_id for item in self.shown):
            options = self.query_one("#scenarios", OptionList)
            options.highlighted = options.get_option_index(scenario_id)
            self.show_brief()

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        try:
            self.stamp = self.app.adapters.library_stamp()
        except Exception:  # noqa: BLE001 - without one, the next look reloads
            self.stamp = None
        try:
            self.items, self.problems = self.app.adapters.library()
        except Exception as error:  # noqa: BLE001 - a broken library folder is a notice, not a crash
            self.items, self.problems = [], []
            self.notify(t("error.generic", error=error), severity="error", timeout=10)
        self._fill_selects()
        self._show_status()
        self.refilter()

    def _fill_selects(self) -> None:
        languages = sorted({i.scenario.language for i in self.items})
        difficulties = sorted({i.scenario.difficulty for i in self.items}, key=DIFFICULTY_ORDER.get)
        themes = sorted({i.scenario.theme for i in self.items})
        self.query_one("#language", Select).set_options([(label("lang", v), v) for v in languages])
        self.query_one("#difficulty", Select).set_options([(label("difficulty", v), v) for v in difficulties])
        self.query_one("#theme", Select).set_options([(label("theme", v), v) for v in themes])

    def _show_status(self) -> None:
        problem = getattr(self.app, "audio_problem", None)
        status = self.query_one("#audio-status", Static)
        if problem:
            status.update(
                Text.assemble(
                    ("⚠ ", "bold #ffaf00"),
                    (t("audio.missing", reason=problem), "bold"),
                    "\n",
                    (t("audio.offer"), "#87afd7"),
                )
            )
            status.set_class(True, "warning")
        else:
            status.update("")
            status.display = False
        self.show_check_offer()
        notice = self.query_one("#problems", Static)
        if self.problems:
            first = str(self.problems[0])
            files = len({p.path for p in self.problems})
            notice.update(
                Text.assemble(
                    ("⚠ ", "bold #ffaf00"),
                    t("library.problems", n=files, first=first),
                    "\n",
                    (t("library.problems_more"), "#808080"),
                )
            )
            notice.display = True
        else:
            notice.display = False

    def show_check_offer(self) -> None:
        """Offer the guided headset check (key c) until it has passed once on this machine;
        not when there is no microphone (the audio line says that) or no check here."""
        offer = self.query_one("#check-offer", Static)
        app = self.app
        wanted = (
            getattr(app.settings, "headset_check_passed", None) is None
            and app.adapters.headset_check is not None
            and not getattr(app, "audio_problem", None)
        )
        offer.display = wanted
        if wanted:
            offer.update(Text.assemble(("♪ ", "bold #87afd7"), (t("check.offer"), "bold")))

    def _value(self, select_id: str) -> str | None:
        select = self.query_one(f"#{select_id}", Select)
        return None if select.is_blank() else str(select.value)

    def refilter(self) -> None:
        query = self.query_one("#search", Input).value.strip()
        language, difficulty, theme = self._value("language"), self._value("difficulty"), self._value("theme")
        ui = current_language()
        shown = [i for i in self.items if scenario_matches(i, query, language, difficulty, theme)]
        shown.sort(
            key=lambda i: (
                i.scenario.language != ui,
                i.scenario.language,
                DIFFICULTY_ORDER.get(i.scenario.difficulty, 9),
                i.scenario.title.lower(),
            )
        )
        options: list[Option | None] = []
        self.shown = []
        current_language_group = None
        for item in shown:
            s = item.scenario
            if s.language != current_language_group:
                current_language_group = s.language
                count = sum(1 for i in shown if i.scenario.language == s.language)
                options.append(
                    Option(Text(f"{label('lang', s.language)} · {count}", style="bold #87afd7"), disabled=True)
                )
            # a hanging indent: at 80 columns a wrapped title or detail line stays under the title
            prompt = hanging(
                [
                    (Text("●", DIFFICULTY_STYLE.get(s.difficulty, "")), Text(s.title, "bold")),
                    (
                        "",
                        Text(
                            f"{label('difficulty', s.difficulty)} · {label('theme', s.theme)} · {s.persona.name}",
                            "#a8a8a8",
                        ),
                    ),
                ]
            )
            options.append(Option(prompt, id=s.id))
            self.shown.append(item)
        option_list = self.query_one("#scenarios", OptionList)
        previous = self.highlighted()
        option_list.clear_options()
        option_list.add_options(options)
        # keep the highlight on the same scenario when it is still shown
        target = previous.scenario.id if previous is not None and previous in self.shown else None
        if self.shown:
            option_list.highlighted = option_list.get_option_index(target or self.shown[0].scenario.id)
        self.query_one("#count", Static).update(
            Text(t("library.count", shown=len(self.shown), total=len(self.items)), style="#808080")
        )
        self.show_brief()

    def highlighted(self) -> LoadedScenario | None:
        option_list = self.query_one("#scenarios", OptionList)
        if option_list.highlighted is None or option_list.option_count == 0:
            return None
        option = option_list.get_option_at_index(option_list.highlighted)
        return next((i for i in self.shown if i.scenario.id == option.id), None)

    def show_brief(self) -> None:
        brief = self.query_one("#brief", Static)
        item = self.highlighted()
        if item is None:
            brief.update(Text(t("library.empty", folder=user_scenarios_dir()), style="italic"))
            return
        s = item.scenario
        recorded = sum(1 for step in s.turns if step.audio)
        persona = s.persona
        text = Text()
        text.append(s.title + "\n", style="bold underline")
        text.append(
            f"{label('lang', s.language)} · {label('difficulty', s.difficulty)} · {label('theme', s.theme)} · "
            f"{t('library.turns', n=len(s.turns))}\n\n",
            style="#a8a8a8",
        )
        text.append(t("library.situation") + "\n", style="bold #87afd7")
        text.append(s.brief.situation + "\n\n")
        text.append(t("library.goal") + "\n", style="bold #87afd7")
        text.append(s.brief.goal + "\n\n")
        text.append(customer_label(persona.form_gender, persona.name) + "\n", style="bold #87afd7")
        text.append(persona.name, style="bold")
        text.append(f" — {label('mood', persona.mood)}, {label('patience', persona.patience)}\n")
        if recorded:
            text.append(t("library.recorded", n=recorded) + "\n", style="#a8a8a8")
        text.append("\n" + t("library.start_hint"), style="bold #87d75f")
        brief.update(text)

    # -- events and actions -----------------------------------------------------------------

    @on(Input.Changed, "#search")
    @on(Select.Changed)
    def _filters_changed(self) -> None:
        self.refilter()

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one("#scenarios", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#scenarios")
    def _highlighted(self) -> None:
        self.show_brief()

    @on(OptionList.OptionSelected, "#scenarios")
    def _selected(self) -> None:
        self.start_call(demo=False)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""
        self.query_one("#scenarios", OptionList).focus()

    def action_start(self) -> None:
        self.start_call(demo=False)

    def action_demo(self) -> None:
        self.start_call(demo=True)

    def start_call(self, demo: bool) -> None:
        item = self.highlighted()
        if item is None:
            self.notify(t("record.pick"), severity="warning")
            return
        problem = getattr(self.app, "audio_problem", None)
        if not demo and problem:
            self.notify(f"{t('audio.missing', reason=problem)}\n{t('audio.offer')}", severity="warning", timeout=8)
            return
        echo = None if demo else getattr(self.app, "measured_echo", None)
        self.app.push_screen(CallScreen(CallRequest(item, demo=demo, echo=echo)))

    def relabel(self) -> None:
        """Rebuild the texts after a language switch."""
        self.query_one("#search", Input).placeholder = t("library.search")
        for select_id, key in (
            ("language", "library.language"),
            ("difficulty", "library.difficulty"),
            ("theme", "library.theme"),
        ):
            self.query_one(f"#{select_id}", Select).prompt = t(key)
        self._fill_selects()
        self._show_status()
        self.refilter()
