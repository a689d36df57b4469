"""Reading order of boxes on screen: rows from top to bottom, each row from left to right.

Qt-free, so the rule is tested on plain rectangles; tab_order.py applies it to the widgets of a window.
"""

from __future__ import annotations

from collections.abc import Sequence

Box = tuple[int, int, int, int]  # x, y, width, height


def reading_order(boxes: Sequence[Box]) -> list[int]:
    """The indices of `boxes` in reading order.

    A row starts with the topmost box not yet read; every box that starts above that box's middle reads in the
    same row (a field and its button sit side by side even when their heights differ; a tall list and the
    buttons beside it read list first, then the buttons from the top).
    """
    left = sorted(range(len(boxes)), key=lambda i: (boxes[i][1], boxes[i][0]))
    order: list[int] = []
    while left:
        first = boxes[left[0]]
        middle = first[1] + first[3] / 2
        row = [i for i in left if boxes[i][1] < middle or boxes[i][1] == first[1]]
        order += sorted(row, key=lambda i: (boxes[i][0], boxes[i][1]))
        left = [i for i in left if i not in row]
    return order
