"""``voicecoach call SCENARIO``: the live call on the real audio devices, without the screens.

Prints one line per judged turn: JSON (``--json``, the shape of ``voicecoach analyze --json``,
times from the start of the customer's line) or a short readable summary. What is happening
("customer speaking", "your turn", "interrupted") goes to stderr as it happens, so a script or
a test can follow the call. Sessions are saved in the history like any other.

A live call subtracts the echo the app's headset check saved (``settings.headset_echo``) when it
was measured with the devices this call uses, as the app does; ``--no-echo`` subtracts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from voicecoach import i18n
from voicecoach.adapters import duplex
from voicecoach.adapters.library import find_scenario
from voicecoach.adapters.settings import Settings, load_settings
from voicecoach.commands.options import decimal_number, whole_number
from voicecoach.core.backend import Echo
from voicecoach.core.errors import Said, UserError
from voicecoach.core.scenario import Scenario
from voicecoach.core.words import finding_name, line_quote, say
from voicecoach.core.words.cli import date_time
from voicecoach.core.words.command_line import CALL
from voicecoach.core.words.ui import UI
from voicecoach.core.words.voices import persona_forms
from voicecoach.live import events as ev
from voicecoach.live import factory
from voicecoach.live.engine import ANSWER_WAIT, MIN_ANSWER_WAIT
from voicecoach.live.saved_echo import belongs_to_chosen, call_echo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "call",
        help="a live call on the audio devices without the screens (one line per turn)",
        description="Run a practice call on the microphone and speaker/headset without the app; "
        "prints one line per judged turn.",
    )
    parser.add_argument("scenario", nargs="?", help="scenario id or path (see 'voicecoach scenarios list')")
    parser.add_argument("--turns", type=whole_number, metavar="N", help="stop after N judged turns")
    parser.add_argument("--input-device", metavar="D", help="microphone: number or (part of the) name")
    parser.add_argument("--output-device", metavar="D", help="speaker/headset: number or (part of the) name")
    parser.add_argument("--json", action="store_true", help="print each judged turn as one line of JSON")
    parser.add_argument("--demo", action="store_true", help="no microphone: the replies are synthesized good answers")
    parser.add_argument(
        "--demo-reply", action="append", type=Path, default=[], metavar="FILE",
        help="with --demo: the reply to turn N is the N-th file given (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--demo-speed", type=decimal_number, default=1.0, metavar="X",
        help="with --demo: run the call X times faster than real time (default 1)",
    )  # fmt: skip
    parser.add_argument(
        "--wait", type=decimal_number, default=ANSWER_WAIT, metavar="SECONDS",
        help=f"how long to wait for you to start answering (at least {MIN_ANSWER_WAIT:g}; default {ANSWER_WAIT:g})",
    )  # fmt: skip
    parser.add_argument(
        "--no-echo", action="store_true",
        help="subtract no echo from the microphone, even when the app's headset check saved one for these devices",
    )  # fmt: skip
    parser.add_argument("--list-devices", action="store_true", help="list the audio devices and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.list_devices:
        return _list_devices()
    if not args.scenario:
        raise UserError(
            "name the scenario to call, e.g. 'voicecoach call late-delivery-en'; see 'voicecoach scenarios list'"
        )
    if args.turns is not None and args.turns < 1:
        raise UserError("--turns must be 1 or more, not {turns}", turns=args.turns)
    if (args.demo_reply or args.demo_speed != 1.0) and not args.demo:
        raise UserError("--demo-reply and --demo-speed need --demo")
    if not 0.1 <= args.demo_speed <= 20:
        raise UserError("--demo-speed must be between 0.1 and 20, not {demo_speed:g}", demo_speed=args.demo_speed)
    for path in args.demo_reply:
        if not path.is_file():
            raise UserError("{path}: no such file; give a recording of a reply", path=path)

    settings = load_settings()
    loaded = find_scenario(args.scenario)
    printer = _Printer(
        json_lines=args.json,
        quiet=args.quiet,
        language=loaded.scenario.language,
        scenario=loaded.scenario,
    )
    echo, echo_line = (None, None) if args.demo else _saved_echo(settings, args)
    engine = factory.open_call(
        loaded,
        settings,
        on_event=printer,
        demo=args.demo,
        demo_files=args.demo_reply,
        pause_after_turn=False,
        max_turns=args.turns,
        input_device=args.input_device,
        output_device=args.output_device,
        answer_wait=max(MIN_ANSWER_WAIT, float(args.wait)),
        demo_speed=args.demo_speed,
        echo=echo,
    )
    if echo_line:  # said once the devices opened: a wrong device stays the one-line error
        printer._say(echo_line)
    engine.run()
    if printer.problem:
        raise UserError(printer.problem)
    return 0


def _saved_echo(settings: Settings, args: argparse.Namespace) -> tuple[Echo | None, str | None]:
    """The saved headset check's echo for ``open_call`` (None: subtract nothing) and the line
    that says why. Used only when it belongs to the devices this call uses (``--input-device``/
    ``--output-device`` or the settings'), judged as the app does; the device list is asked for
    only when a check is saved."""
    saved = settings.headset_echo
    if saved is None:
        return None, None
    day = date_time(saved.measured_at.astimezone(), i18n.current_language(), time=False)  # "01.12.2026" in German
    if args.no_echo:
        return None, str(
            Said(
                "not using the headset check from {day} (--no-echo): nothing is subtracted from the microphone", day=day
            )
        )
    if not belongs_to_chosen(saved, settings, duplex.list_devices(), args.input_device, args.output_device):
        return None, str(
            Said(
                "the headset check from {day} belongs to other devices and is not used; to check these, "
                "open the app ('voicecoach'), press g (devices) and c (headset check)",
                day=day,
            )
        )
    echo = call_echo(saved)
    if echo is None:
        return None, str(Said("using the headset check from {day} (no echo found: nothing to subtract)", day=day))
    return (
        echo,
        str(
            Said(
                "using the headset check from {day} (echo {level} dB, {delay:.0f} ms)",
                day=day,
                level=round(echo.level_db) or 0,
                delay=echo.delay_s * 1000,
            )
        ),
    )


class _Printer:
    """Turns the engine's events into stdout lines (turns) and stderr lines (progress)."""

    def __init__(self, *, json_lines: bool, quiet: bool, language: str, scenario: Scenario | None = None) -> None:
        self.scenario = scenario
        #: The customer's line of each step, by id: a step is named by its words, not its id.
        self.lines = (
            {tid: step.say for tid, step in zip(scenario.turn_ids, scenario.turns, strict=True)} if scenario else {}
        )
        self.json_lines = json_lines
        self.quiet = quiet
        self.language = language
        self.problem: Said | str | None = None  # the engine's AudioProblem, said in the CLI's language
        self.persona: str | None = None  # the customer's name once the call has started (German forms)
        self.replying = False  # the trainee's reply of this turn has begun (said once, not per pause)

    def _step(self, turn_id: str | None) -> str:
        """A step as the trainee knows it: the first words of the customer's line, quoted."""
        return line_quote(self.lines[turn_id], self.language) if turn_id in self.lines else "…"

    def _number(self, turn_id: str | None, reply: int) -> int:
        """The step's number in the scenario file (:meth:`Scenario.step_number`)."""
        return self.scenario.step_number(turn_id, reply) if self.scenario is not None else reply

    def __call__(self, event: ev.CallEvent) -> None:
        if isinstance(event, ev.TurnJudged):
            self._turn(event)
        elif isinstance(event, ev.AudioProblem):
            self.problem = event.message
        elif isinstance(event, ev.CallStarted):
            self.persona = event.persona
            self._say(
                self._t("started", title=event.title, persona=event.persona, mood=i18n.label("mood", event.mood))
                + (self._t("session", id=event.session_id) if event.session_id is not None else "")
            )
        elif isinstance(event, ev.CustomerSpeaking):
            self.replying = False
            self._say(
                self._t(
                    "customer",
                    n=event.number,
                    step=self._number(event.turn_id, event.number),
                    turn=self._step(event.turn_id),
                    seconds=event.duration,
                )
            )
            if event.voice_note and event.number == 1:
                self._say(self._t("note", message=event.voice_note))
        elif isinstance(event, ev.CustomerDone):
            self._say(self._t("customer_done", time=event.time, cut=self._t("cut") if event.cut_off else ""))
        elif isinstance(event, ev.TraineeSpeaking):
            if not self.replying:  # each pause in the reply started a new "you speak from" line
                self.replying = True
                self._say(self._t("you_speak", time=event.time))
        elif isinstance(event, ev.Interrupted):
            self._say(
                self._t("interrupted", time=event.time, how=self._t("stops" if event.persona_stops else "talks_on"))
            )
        elif isinstance(event, ev.CustomerInterjected):
            self._say(self._t("cuts_in", time=event.time, text=event.text))
        elif isinstance(event, ev.TraineeDone):
            self._say(self._t("reply_over", time=event.time, reason=Said(event.reason)))
        elif isinstance(event, ev.Unanswered):
            self._say(self._t("no_answer", waited=event.waited))
        elif isinstance(event, ev.CallEnded):
            self._say(self._t("ended", reason=Said(event.reason)))
        elif isinstance(event, ev.Notice):
            key = f"notice.{event.key}"
            german = i18n.current_language() == "de" and key in UI
            self._say(self._t("note", message=say(UI, key, "de", detail=event.detail) if german else event.message))
        elif isinstance(event, ev.MicrophoneSilent):
            self._say(self._t("mic_silent", peak=event.peak_db, seconds=event.time))

    def _t(self, key: str, /, **values: object) -> str:
        """A line of :data:`CALL` in the command line's language (``--lang``, settings, locale); the
        customer is "der Kunde"/"die Kundin" by the persona's address ("Herr Wagner")."""
        language = i18n.current_language()
        return say(CALL, key, language, **{**persona_forms(language, None, self.persona), **values})

    def _turn(self, event: ev.TurnJudged) -> None:
        result = event.result
        if self.json_lines:
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
            return
        kinds = [
            str(Said("{kind} at {time:.1f} s", kind=finding_name(f.kind, f.evidence, self.language), time=f.start))
            for f in result.findings
            if f.severity != "info"
        ]
        said = result.turn.trainee.text
        said = (said[:70] + "…") if len(said) > 71 else said
        print(
            self._t(
                "turn",
                n=event.number,
                step=self._number(result.turn_id, event.number),
                turn=self._step(result.turn_id),
                score=result.score.total,
                found=", ".join(kinds) if kinds else self._t("no_problems"),
                said=said or self._t("nothing"),
            ),
            flush=True,
        )

    def _say(self, text: str) -> None:
        if not self.quiet:
            print(f"voicecoach: {text}", file=sys.stderr, flush=True)


def _list_devices() -> int:
    devices = duplex.list_devices()
    rows: list[Any] = []
    for device in devices:
        marks = ("in" if device.is_default_input else "") + (" out" if device.is_default_output else "")
        rows.append(
            f"{device.index:>3}  {device.name}  ({device.inputs} in, {device.outputs} out, "
            f"{device.default_rate:g} Hz, {device.hostapi})"
            + (f"  {Said('default')} {marks.strip()}" if marks.strip() else "")
        )
    print("\n".join(rows) if rows else Said("(no audio devices)"))
    return 0
