"""Shortening the patient's long text to a few lines, with the words left out counted."""

from painlog.report.shorten import NOTE_WORDS, shorten


def test_a_short_text_is_kept_whole():
    text = " ".join(["word"] * NOTE_WORDS)  # exactly the limit: 45 words of 4 letters, 224 characters
    assert shorten(text).text == text and shorten(text).more_words == 0


def test_one_word_over_the_limit_is_left_out_and_counted():
    text = " ".join(f"w{i}" for i in range(46))
    short = shorten(text)
    assert short.text == " ".join(f"w{i}" for i in range(45)) + " …"
    assert short.more_words == 1


def test_a_text_of_one_endless_word_shows_its_beginning_and_counts_that_word_as_left_out():
    short = shorten("x" * 25_000)
    assert short.text == "x" * 300 + " …"
    assert short.more_words == 1


def test_long_words_stop_at_the_character_limit_before_the_word_limit():
    text = " ".join(["abcdefghi"] * 100)  # 9 letters + a space each: 30 words make 299 characters, so 30 fit
    short = shorten(text)
    assert short.text == " ".join(["abcdefghi"] * 30) + " …"
    assert short.more_words == 70
