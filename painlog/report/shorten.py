"""Shortening a long piece of the patient's text to a few lines for the printed summary."""

from __future__ import annotations

from dataclasses import dataclass

NOTE_WORDS = 45  # about three lines of the summary
NOTE_CHARS = 300  # a note of one endless "word" is cut too


@dataclass(frozen=True)
class Shortened:
    text: str
    more_words: int  # words left out (a word cut in the middle counts as left out); 0: the whole text


def shorten(text: str, words: int = NOTE_WORDS, chars: int = NOTE_CHARS) -> Shortened:
    """The first `words` words of `text` (at most `chars` characters), and how many words are left out."""
    all_words = text.split()
    kept: list[str] = []
    length = 0
    for item in all_words[:words]:
        if length + len(item) > chars:
            if not kept:  # one very long word: show its beginning
                kept.append(item[:chars])
            break
        kept.append(item)
        length += len(item) + 1
    whole = len(kept) == len(all_words) and (not kept or kept[-1] == all_words[len(kept) - 1])
    if whole:
        return Shortened(text.strip(), 0)
    full_words = len(kept) if kept[-1] == all_words[len(kept) - 1] else len(kept) - 1
    return Shortened(" ".join(kept) + " …", len(all_words) - full_words)
