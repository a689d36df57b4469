"""The pain drawing's geometry: a front and a back outline whose regions are the diary's fixed locations.

Qt-free, so the regions, the order Tab visits them in and the shading are tested without a display; the
widget (ui/body_drawing.py) and the printed summary draw these same shapes, and resources/body.svg is written
from them (`svg_text`), so the three never disagree.

Coordinates are in a WIDTH × HEIGHT box, y downwards. The front view is on the left, seen from the front: the
patient's right is on the viewer's left. The back view on the right is the front outline mirrored, so the
patient's right is on the viewer's right there; each view is labelled R and L under its feet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from painlog.domain.marks import QT_TR_NOOP
from painlog.domain.vocabulary import LOCATIONS

WIDTH, HEIGHT = 420.0, 470.0
FIGURE_WIDTH = 200.0  # each view's width; the back view starts at WIDTH - FIGURE_WIDTH
TITLE_Y, SIDE_Y = 19.0, 463.0  # baselines of "Front"/"Back" above and "R"/"L" below each view

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    """One closed outline: a polygon through `points`, or an ellipse (centre, radii) when `ellipse` is set."""

    code: str
    points: tuple[Point, ...] = ()
    ellipse: tuple[float, float, float, float] | None = None  # cx, cy, rx, ry

    def contains(self, x: float, y: float) -> bool:
        if self.ellipse is not None:
            cx, cy, rx, ry = self.ellipse
            return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0
        inside = False  # even-odd ray casting
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:] + self.points[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
        return inside

    def bounds(self) -> tuple[float, float, float, float]:
        """left, top, right, bottom."""
        if self.ellipse is not None:
            cx, cy, rx, ry = self.ellipse
            return cx - rx, cy - ry, cx + rx, cy + ry
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    def mirrored(self, code: str) -> Shape:
        """This shape on the back view, under `code`."""

        def flip(x: float) -> float:
            return WIDTH - x

        if self.ellipse is not None:
            cx, cy, rx, ry = self.ellipse
            return Shape(code, ellipse=(flip(cx), cy, rx, ry))
        return Shape(code, points=tuple((flip(x), y) for x, y in reversed(self.points)))


def _pair(right: Shape) -> tuple[Shape, Shape]:
    """A right-side shape (drawn left of the front view's midline, x = 100) and its left twin."""
    left_code = right.code.replace("_right", "_left")
    if right.ellipse is not None:
        cx, cy, rx, ry = right.ellipse
        return right, Shape(left_code, ellipse=(FIGURE_WIDTH - cx, cy, rx, ry))
    return right, Shape(left_code, points=tuple((FIGURE_WIDTH - x, y) for x, y in reversed(right.points)))


HEAD = Shape("head", ellipse=(100, 50, 22, 28))
NECK = Shape("neck", points=((90, 77), (110, 77), (112, 96), (88, 96)))
SHOULDERS = _pair(Shape("shoulder_right", ellipse=(62, 110, 14, 13)))
UPPER = ((88, 96), (112, 96), (128, 106), (126, 162), (74, 162), (72, 106))  # chest in front, upper back behind
MIDDLE = ((74, 162), (126, 162), (124, 210), (76, 210))  # abdomen in front, lower back behind
PELVIS = Shape("pelvis", points=((84, 210), (116, 210), (114, 240), (100, 254), (86, 240)))
HIPS = _pair(Shape("hip_right", points=((74, 210), (84, 210), (86, 240), (82, 256), (64, 256), (62, 232))))
ARMS = _pair(Shape("arm_right", points=((50, 126), (66, 124), (62, 178), (58, 236), (42, 236), (44, 178))))
HANDS = _pair(Shape("hand_right", ellipse=(49, 252, 10, 15)))
THIGHS = _pair(Shape("leg_right", points=((66, 260), (98, 256), (96, 326), (72, 326))))
KNEES = _pair(Shape("knee_right", ellipse=(84, 338, 13, 12)))
SHINS = _pair(Shape("leg_right", points=((72, 350), (96, 350), (92, 412), (78, 412))))
FEET = _pair(Shape("foot_right", ellipse=(84, 424, 13, 10)))
BUTTOCKS = (  # the back view's hips: each half of the pelvis with the side of the hip, drawn as one region
    Shape("hip_right", points=((WIDTH - 100, 210), (WIDTH - 76, 210), (WIDTH - 62, 232), (WIDTH - 66, 258),
                               (WIDTH - 98, 256), (WIDTH - 100, 252))),
    Shape("hip_left", points=((WIDTH - 124, 210), (WIDTH - 100, 210), (WIDTH - 100, 252), (WIDTH - 102, 256),
                              (WIDTH - 134, 258), (WIDTH - 138, 232))),
)  # fmt: skip

FRONT: tuple[Shape, ...] = (
    HEAD, NECK, *SHOULDERS, Shape("chest", UPPER), Shape("abdomen", MIDDLE), PELVIS, *HIPS, *ARMS, *HANDS,
    *THIGHS, *KNEES, *SHINS, *FEET,
)  # fmt: skip
BACK_CODES = {"chest": "upper_back", "abdomen": "lower_back"}  # the same outline, the other side of the body
NOT_MIRRORED = ("pelvis", "hip_right", "hip_left")  # behind them is the buttocks, drawn as the back's hips
BACK: tuple[Shape, ...] = (
    tuple(shape.mirrored(BACK_CODES.get(shape.code, shape.code)) for shape in FRONT if shape.code not in NOT_MIRRORED)
    + BUTTOCKS
)
SHAPES: tuple[Shape, ...] = FRONT + BACK

# Tab visits the regions from head to feet, the patient's right before their left, front before back.
TAB_ORDER: tuple[str, ...] = (
    "head", "neck", "shoulder_right", "shoulder_left", "chest", "upper_back", "arm_right", "arm_left",
    "abdomen", "lower_back", "hand_right", "hand_left", "pelvis", "hip_right", "hip_left",
    "leg_right", "leg_left", "knee_right", "knee_left", "foot_right", "foot_left",
)  # fmt: skip

# Where each view's title and side letters go: (text, x, y), the letters on the patient's own side.
LABELS: tuple[tuple[str, float, float], ...] = (
    (QT_TR_NOOP("Front"), 100, TITLE_Y), (QT_TR_NOOP("Back"), WIDTH - 100, TITLE_Y),
    (QT_TR_NOOP("R"), 40, SIDE_Y), (QT_TR_NOOP("L"), 160, SIDE_Y),
    (QT_TR_NOOP("L"), WIDTH - 160, SIDE_Y), (QT_TR_NOOP("R"), WIDTH - 40, SIDE_Y),
)  # fmt: skip


def shapes_of(code: str) -> tuple[Shape, ...]:
    return tuple(shape for shape in SHAPES if shape.code == code)


def region_at(x: float, y: float) -> str | None:
    """The location code drawn at (x, y), or None between the regions."""
    return next((shape.code for shape in SHAPES if shape.contains(x, y)), None)


def centre_of(code: str) -> Point:
    """A point inside the region's first (front, where it has one) shape: where to point or click at it."""
    shape = shapes_of(code)[0]
    left, top, right, bottom = shape.bounds()
    return (left + right) / 2, (top + bottom) / 2


# ----- shading by days -----------------------------------------------------------------------------------------

# Fixed bands, the same at every visit and for every period, so two summaries can be compared by eye and the
# key reads in plain days: 1–2 days, 3–7 (up to a week), 8–14 (up to two weeks), 15 or more.
SHADE_BANDS: tuple[tuple[int, int | None], ...] = ((1, 2), (3, 7), (8, 14), (15, None))


def shade_level(days: int) -> int:
    """0 for a region that did not hurt, else 1–4 by SHADE_BANDS."""
    return sum(1 for low, _ in SHADE_BANDS if days >= low)


def shade_levels(days_by_code: Iterable[tuple[str, int]] | Mapping[str, int]) -> dict[str, int]:
    """Every location's shade level (0 for those not mentioned) from (code, days) pairs such as most_reported's."""
    pairs = days_by_code.items() if isinstance(days_by_code, Mapping) else days_by_code
    days = dict(pairs)
    return {code: shade_level(days.get(code, 0)) for code in LOCATIONS}


# Print greys by level: white for none, then darker with more days (black-and-white printers keep them apart).
PRINT_GREYS = ("#ffffff", "#d9d9d9", "#a6a6a6", "#6e6e6e", "#303030")


# ----- the SVG file --------------------------------------------------------------------------------------------


def _svg_shape(shape: Shape) -> str:
    if shape.ellipse is not None:
        cx, cy, rx, ry = shape.ellipse
        return f'    <ellipse cx="{cx:g}" cy="{cy:g}" rx="{rx:g}" ry="{ry:g}"/>'
    points = " ".join(f"{x:g},{y:g}" for x, y in shape.points)
    return f'    <polygon points="{points}"/>'


def svg_text(levels: Mapping[str, int] | None = None) -> str:
    """The drawing as SVG: blank (resources/body.svg), or shaded in print greys by `levels`.

    Each region is a group whose id is its location code, holding all its shapes (a leg: thigh and shin, on
    the front and on the back), so every id is used once.
    """
    levels = levels or {}
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{WIDTH:g}" height="{HEIGHT:g}" viewBox="0 0 {WIDTH:g} {HEIGHT:g}">',
        "  <title>Body outline, front and back; each region's id is a painlog location code</title>",
    ]
    for code in TAB_ORDER:
        fill = PRINT_GREYS[levels.get(code, 0)]
        lines.append(f'  <g id="{code}" fill="{fill}" stroke="#000000" stroke-width="1.2">')
        lines += [_svg_shape(shape) for shape in shapes_of(code)]
        lines.append("  </g>")
    lines += [
        f'  <text x="{x:g}" y="{y:g}" font-family="sans-serif" font-size="24" text-anchor="middle">{text}</text>'
        for text, x, y in LABELS
    ]
    return "\n".join([*lines, "</svg>", ""])
