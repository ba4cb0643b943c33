"""The language resources adapter against the real simplemma and mythes: warming in the background."""

from __future__ import annotations

from voicecoach.adapters import language_resources


def test_warm_in_background_loads_the_tables_once_in_a_daemon_thread() -> None:
    thread = language_resources.warm_in_background("de")
    if thread is not None:  # another test may have warmed German in this process already
        assert thread.daemon and thread.name == "warm-language-de"
        thread.join(timeout=120)
        assert not thread.is_alive()
    assert language_resources.warm_in_background("de") is None  # loaded: nothing to start
    assert language_resources.shared().lemma("nimmt", "de") == "nehmen"
    assert language_resources.shared().synonyms("schicken", "de")  # the thesaurus index is read too
