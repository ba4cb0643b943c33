"""silent_reply: the trainee never replied (nothing, or only backchannels during the customer's line).

One major finding that takes ``silent_penalty`` off every skill (``skill="all"``); the judge
then skips the analyzers that need a reply.
"""

from __future__ import annotations

from voicecoach.core.analyzers._common import make_finding, timing
from voicecoach.core.analyzers.options import Context
from voicecoach.core.result import Finding
from voicecoach.core.timeline import Turn

ALL_SKILLS = "all"


def analyze(turn: Turn, context: Context) -> list[Finding]:
    t = timing(turn, context)
    if t.reply is not None:
        return []
    start = t.line_end if t.line_end is not None else 0.0
    # words heard but taken for listening sounds ("Ja" the recogniser was unsure of): said, not
    # called "no answer" next to a transcript that shows them
    after = [u for u in t.trainee if u.backchannel and (t.line_end is None or u.start >= t.line_end)]
    heard = [w.text.strip(" .,!?;:") for u in after for w in u.words if w.text.strip(" .,!?;:")]
    return [
        make_finding(
            context,
            "silent_reply",
            severity="major",
            skill=ALL_SKILLS,
            start=start,
            end=max(start, turn.duration),
            evidence={"backchannels": sum(1 for u in t.trainee if u.backchannel), "heard": heard},
            variant="only_sounds" if heard else None,
            values={"heard": " ".join(heard[:6])} if heard else None,
            penalty=context.options.silent_penalty,
        )
    ]
