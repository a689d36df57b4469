"""The two colour schemes, light and dark, as plain colour names, and the contrast rule they are checked by.

Qt-free: the colours and the contrast arithmetic are tested without a display (WCAG 2.2 AA: 4.5:1 for text,
3:1 for marks and the edges of controls). style.py turns a scheme into the application's palette.
"""

from __future__ import annotations

from dataclasses import dataclass

CHOICES = ("system", "light", "dark")  # the View menu's appearance choices, as kept in settings
TEXT_SIZES = {"normal": 1.0, "large": 1.25, "larger": 1.5}  # the View menu's text sizes: factor on the type


@dataclass(frozen=True)
class Scheme:
    name: str
    palette: dict[str, str]  # QPalette colour role name → colour, for the active and inactive groups
    disabled: dict[str, str]  # the same for disabled controls
    tones: dict[str, str]  # the words' tones (hint, required, error, saved) on this scheme's window colour


LIGHT = Scheme(
    name="light",
    palette={
        "Window": "#f4f5f7", "WindowText": "#1a1c20", "Base": "#ffffff", "AlternateBase": "#eef1f5",
        "Text": "#1a1c20", "Button": "#e8eaee", "ButtonText": "#1a1c20", "BrightText": "#ffffff",
        "Highlight": "#1f5fbf", "HighlightedText": "#ffffff", "ToolTipBase": "#fffbe0", "ToolTipText": "#1a1c20",
        "PlaceholderText": "#5f646c", "Link": "#1f5fbf", "LinkVisited": "#6b3fa0",
        "Light": "#ffffff", "Midlight": "#e3e5e9", "Mid": "#7b808a", "Dark": "#5f646c", "Shadow": "#2b2d31",
    },
    disabled={"WindowText": "#6f747c", "Text": "#6f747c", "ButtonText": "#6f747c"},
    tones={"hint": "#4d525a", "required": "#a3361b", "error": "#a3361b", "saved": "#1d6b34"},
)  # fmt: skip

DARK = Scheme(
    name="dark",
    palette={
        "Window": "#1f2125", "WindowText": "#e8eaed", "Base": "#2a2d32", "AlternateBase": "#31353b",
        "Text": "#e8eaed", "Button": "#373b42", "ButtonText": "#e8eaed", "BrightText": "#ffffff",
        "Highlight": "#7ab0ff", "HighlightedText": "#10161f", "ToolTipBase": "#373b42", "ToolTipText": "#e8eaed",
        "PlaceholderText": "#a9aeb6", "Link": "#8cbcff", "LinkVisited": "#c9a4f0",
        "Light": "#4a4f57", "Midlight": "#3d4148", "Mid": "#8a9099", "Dark": "#15171a", "Shadow": "#000000",
    },
    disabled={"WindowText": "#9095a0", "Text": "#9095a0", "ButtonText": "#9095a0"},
    tones={"hint": "#b4b9c2", "required": "#ff9a85", "error": "#ff9a85", "saved": "#72d591"},
)  # fmt: skip

SCHEMES = {"light": LIGHT, "dark": DARK}


def scheme_for(choice: str, system_is_dark: bool) -> Scheme:
    """The scheme to show: the one chosen, or the system's for "system" (and for a choice not known)."""
    if choice in SCHEMES:
        return SCHEMES[choice]
    return DARK if system_is_dark else LIGHT


def text_factor(choice: str) -> float:
    return TEXT_SIZES.get(choice, 1.0)


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(colour: str) -> bool:
    """Whether a background is dark enough that text on it should be light."""
    return luminance(colour) < 0.18
