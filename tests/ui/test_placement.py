"""Where the window opens, decided without Qt: within the screen's free area, where it was if that still fits."""

from painlog.ui.placement import Rect, parse, place, unparse

DESKTOP = Rect(0, 0, 1920, 1040)  # free area above a 40-pixel taskbar
LAPTOP_125 = Rect(0, 0, 1093, 574)  # 1366×768 at 125 %, less its taskbar


def test_a_first_start_opens_the_preferred_size_centred_when_there_is_room():
    # 1180×860 plus a 16×40 frame on 1920×1040: left (1920-1180)/2 = 370; the framed top (1040-900)/2 = 70,
    # and the window 32 pixels below that, under its title bar.
    assert place(None, [DESKTOP]) == Rect(370, 102, 1180, 860)


def test_on_a_small_screen_the_window_is_made_to_fit_with_its_frame():
    # 1093-16 = 1077 wide, 574-40 = 534 high; centred, it starts at x 8 and (574-574)/2 + 32 = 32.
    assert place(None, [LAPTOP_125]) == Rect(8, 32, 1077, 534)


def test_a_remembered_place_is_kept_while_it_fits_and_moved_in_when_it_does_not():
    assert place(Rect(100, 120, 900, 600), [DESKTOP]) == Rect(100, 120, 900, 600)
    # Remembered on a large screen, opened on the laptop: its size is cut to the laptop, and it is centred.
    assert place(Rect(400, 300, 1400, 900), [LAPTOP_125]) == Rect(8, 32, 1077, 534)
    # On a second screen that is still there, it stays on that screen.
    right = Rect(1920, 0, 1280, 680)
    assert place(Rect(2000, 100, 800, 500), [DESKTOP, right]) == Rect(2000, 100, 800, 500)


def test_a_remembered_place_is_read_back_and_nonsense_is_ignored():
    assert parse(unparse(Rect(-5, 10, 800, 600))) == Rect(-5, 10, 800, 600)
    for text in ("", "1,2,3", "a,b,c,d", "0,0,0,600", "1,2,3,4,5"):
        assert parse(text) is None
