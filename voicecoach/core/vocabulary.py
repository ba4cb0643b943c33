"""The words a reply to a scenario turn is likely to use, as a prompt for the recogniser.

Whisper reads a prompt as the text that came before the audio: names, numbers and product words
it has just "seen" it spells the same way, and it stays in the prompt's language. A trainee's
reply picks up the customer's line (the persona's name, the order number, the product) and says
what the turn's key points ask for, so the prompt is made of those: the persona's name, the
facts' values, the key-point phrasings, and last (Whisper weighs the end of a prompt most and
keeps only its last 223 tokens) the customer's line itself.

The phrasings the judge looks for are offered too; ``benchmarks/german_wer.py`` measures how often
a prompt makes Whisper write a prompt word the reply did not say ("invented prompt words"), with
each reply decoded under another turn's prompt.
"""

from __future__ import annotations

from voicecoach.core.scenario import Scenario

#: At most this many characters of prompt (about 150-200 Whisper tokens of German; Whisper keeps 223).
PROMPT_CHARS = 600


def reply_prompt(scenario: Scenario, step_id: str | None = None, *, key_points: bool = True) -> str:
    """A prompt for decoding the reply to turn ``step_id`` (default: the first) of ``scenario``.

    Shape: ``"<name>, <fact values>, <key-point phrasings>. <customer's line>"``, at most
    ``PROMPT_CHARS`` characters (the front is cut first: the customer's line is kept whole when
    it fits). ``key_points`` False leaves the phrasings out.
    """
    step = scenario.step(step_id) if step_id is not None else scenario.turns[0]
    terms: list[str] = [scenario.persona.name]
    terms += [fact.value for fact in scenario.facts_until(step).values()]  # the reply may repeat them
    if key_points:
        terms += [phrasing for phrasings in step.expect.key_points.values() for phrasing in phrasings]
    seen: set[str] = set()
    unique = [t.strip() for t in terms if t.strip() and not (t.strip().lower() in seen or seen.add(t.strip().lower()))]
    line = " ".join(step.say.split())
    text = f"{', '.join(unique)}. {line}" if unique else line
    if len(text) > PROMPT_CHARS:
        text = text[-PROMPT_CHARS:]
        text = text[text.find(" ") + 1 :] if " " in text else text  # no half word at the front
    return text
