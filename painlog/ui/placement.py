"""Where the window opens: its remembered place and size, kept within the screen it is on (Qt-free)."""

from __future__ import annotations

from typing import NamedTuple

PREFERRED_SIZE = (1180, 860)  # on a screen with room for it
FRAME = (16, 40)  # room for the window's frame and title bar, which the window's own geometry leaves out


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y and other.x + other.width <= self.x + self.width
                and other.y + other.height <= self.y + self.height)  # fmt: skip


def parse(text: str) -> Rect | None:
    """A remembered "x,y,width,height", or None when there is none or it is not four whole numbers."""
    try:
        x, y, width, height = (int(part) for part in text.split(","))
    except ValueError:
        return None
    return Rect(x, y, width, height) if width > 0 and height > 0 else None


def unparse(rect: Rect) -> str:
    return ",".join(str(n) for n in rect)


def place(remembered: Rect | None, screens: list[Rect]) -> Rect:
    """The window's geometry: the remembered one where it still fits a screen; else the preferred size (or the
    remembered size), made small enough for the first screen with its frame, and centred on it."""
    first = screens[0]
    for screen in screens:
        if remembered is not None and screen.contains(_framed(remembered)):
            return remembered
    width, height = (remembered.width, remembered.height) if remembered else PREFERRED_SIZE
    width, height = min(width, first.width - FRAME[0]), min(height, first.height - FRAME[1])
    return Rect(first.x + (first.width - width) // 2, first.y + (first.height - FRAME[1] - height) // 2 + FRAME[1] - 8,
                width, height)  # fmt: skip


def _framed(rect: Rect) -> Rect:
    """The window with its frame, as far as the screen is concerned."""
    return Rect(rect.x - FRAME[0] // 2, rect.y - FRAME[1] + 8, rect.width + FRAME[0], rect.height + FRAME[1])
