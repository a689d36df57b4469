"""The reading-order rule on plain rectangles (x, y, width, height), without widgets."""

from painlog.ui.reading import reading_order


def test_rows_read_top_to_bottom_and_each_row_left_to_right():
    boxes = [(200, 50, 80, 30), (0, 50, 80, 30), (0, 0, 80, 30), (100, 0, 80, 30)]
    assert reading_order(boxes) == [2, 3, 1, 0]


def test_a_field_and_a_button_of_different_heights_share_a_row():
    boxes = [(120, 2, 100, 26), (0, 0, 100, 34), (0, 40, 100, 30)]  # a date field beside a taller button
    assert reading_order(boxes) == [1, 0, 2]


def test_a_tall_list_reads_before_the_buttons_beside_it():
    boxes = [(310, 80, 90, 30), (310, 0, 90, 30), (0, 0, 300, 200), (310, 40, 90, 30), (0, 210, 90, 30)]
    assert reading_order(boxes) == [2, 1, 3, 0, 4]


def test_a_box_above_another_reads_first_even_when_further_right():
    boxes = [(0, 40, 100, 30), (50, 0, 100, 30)]  # hours of sleep sits above sleep quality
    assert reading_order(boxes) == [1, 0]


def test_empty_boxes_and_no_boxes():
    assert reading_order([]) == []
    assert reading_order([(10, 5, 0, 0), (0, 5, 0, 0)]) == [1, 0]
