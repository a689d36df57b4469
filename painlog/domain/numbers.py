"""One rule for numbers (clinical.md, "Rounding and display"): compute with exact values, round once, at
display, half away from zero.

Exact: a mean of whole-number scores is a Fraction (16/3, never 5.3 nor 5.333…), so a category compared
with a threshold (a fall of exactly 30 %) is decided on the true value. A float counts as the decimal a
person reads in it, its shortest repr: 50.25 is 5025/100 and 2.675 is 2675/1000 (in binary they are a
little less), so 50.25 rounds to 50.3 and 2.675 to 2.68, as a person expects; Python's round() gives 50.2
and 2.67 (halves to even, and the binary value). The same as decimal.Decimal(repr(x)) quantized
ROUND_HALF_UP, done on Fractions so that a mean such as 709/200 is rounded exactly too.

The strings here hold digits and signs only; words ("days", the reason for a "—") are painlog.wording's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from math import floor

Number = int | float | Fraction
NO_DATA = "—"  # never 0 where nothing was recorded
MINUS = "\u2212"  # the typographic minus sign: "−1.4", not a hyphen


def exact(value: Number) -> Fraction:
    """The value as an exact fraction; a float as the decimal its repr shows."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


def average(values: Sequence[Number]) -> Fraction:
    """The exact arithmetic mean of at least one value."""
    return sum((exact(v) for v in values), Fraction(0)) / len(values)


def fast_mean(values: Sequence[float]) -> float:
    """The arithmetic mean of at least one value in floating point: ~30x faster than the exact one, for
    what runs per day and per block (rolling means, weekly blocks, rank correlation), where a last-digit
    rounding difference is never shown."""
    return sum(values) / len(values)


def mean(values: Iterable[Number]) -> Fraction | None:
    """The exact arithmetic mean; None when there is nothing to average (never 0)."""
    parts = list(values)
    return average(parts) if parts else None


def rounded(value: Number, places: int = 0) -> Decimal:
    """`value` to `places` decimals, halves away from zero: 5.25 → 5.3, −1.45 → −1.5, 12.5 → 13."""
    scaled = exact(value) * 10**places
    whole = floor(abs(scaled) + Fraction(1, 2))
    return Decimal(-whole if scaled < 0 else whole).scaleb(-places)


def fixed(value: Number | None, places: int = 0) -> str:
    """Rounded and printed with exactly `places` decimals ("7.0", not "7"); "—" for no value."""
    if value is None:
        return NO_DATA
    text = f"{rounded(value, places):.{places}f}"
    return text.replace("-", MINUS)


def signed(value: Number | None, places: int = 0) -> str:
    """A change with its sign: "+1.4", "−1.4"; a change that rounds to nothing has none ("0.0")."""
    if value is None:
        return NO_DATA
    shown = rounded(value, places)
    text = fixed(value, places)
    return "+" + text if shown > 0 else text


def scale_mean(value: Number | None) -> str:
    """A mean of a 0–10 scale: always one decimal."""
    return fixed(value, 1)


def percent(value: Number | None) -> str:
    """A percentage, whole: "13 %"."""
    return NO_DATA if value is None else f"{fixed(value)} %"


def signed_percent(value: Number | None) -> str:
    """A change in percent, whole and signed: "−29 %"."""
    return NO_DATA if value is None else f"{signed(value)} %"


def mme(value: Number | None) -> str:
    """MME/day: one decimal below 10, whole above ("7.5", "50")."""
    if value is None:
        return NO_DATA
    return fixed(value, 1) if rounded(value, 1) < 10 else fixed(value)
