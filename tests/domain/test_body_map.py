"""The pain drawing's regions, Tab order and shading (issue 15, pain drawing), without Qt."""

import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest

from painlog.domain import body_map
from painlog.domain.body_map import SHAPES, TAB_ORDER, centre_of, region_at, shade_level, shade_levels
from painlog.domain.vocabulary import LOCATIONS
from painlog.wording import ENGLISH
from painlog.wording.clinical import band_words

SVG = "{http://www.w3.org/2000/svg}"


def test_every_location_is_drawn_and_visited_once_by_tab():
    assert sorted({shape.code for shape in SHAPES}) == sorted(LOCATIONS)
    assert sorted(TAB_ORDER) == sorted(LOCATIONS)
    assert len(TAB_ORDER) == 21


def test_tab_goes_head_to_feet_right_before_left():
    assert TAB_ORDER[:4] == ("head", "neck", "shoulder_right", "shoulder_left")
    assert TAB_ORDER[-2:] == ("foot_right", "foot_left")
    for right in (code for code in TAB_ORDER if code.endswith("_right")):
        assert TAB_ORDER.index(right) + 1 == TAB_ORDER.index(right.replace("_right", "_left"))


@pytest.mark.parametrize("code", LOCATIONS)
def test_each_region_is_found_at_its_centre(code):
    assert region_at(*centre_of(code)) == code


def test_front_shows_the_patients_right_on_the_viewers_left_and_the_back_the_other_way():
    # Front view: x 0–200, midline 100; back view: x 220–420, midline 320.
    assert region_at(62, 110) == "shoulder_right"  # viewer's left on the front
    assert region_at(138, 110) == "shoulder_left"
    assert region_at(320 + 38, 110) == "shoulder_right"  # viewer's right on the back
    assert region_at(320 - 38, 110) == "shoulder_left"
    assert region_at(320, 130) == "upper_back"
    assert region_at(320, 190) == "lower_back"
    assert region_at(100, 130) == "chest"
    assert region_at(5, 5) is None  # beside the head, outside every region
    assert region_at(210, 200) is None  # between the views


@pytest.mark.parametrize(
    ("days", "level"),
    [(0, 0), (1, 1), (2, 1), (3, 2), (7, 2), (8, 3), (14, 3), (15, 4), (90, 4)],
)
def test_shade_level_by_fixed_bands(days, level):
    assert shade_level(days) == level


def test_shade_levels_from_most_reported_pairs():
    levels = shade_levels([("lower_back", 20), ("head", 2), ("knee_left", 9)])
    assert levels["lower_back"] == 4
    assert levels["head"] == 1
    assert levels["knee_left"] == 3
    assert levels["chest"] == 0
    assert set(levels) == set(LOCATIONS)


def test_band_words():
    words = [band_words(level, ENGLISH) for level in (1, 2, 3, 4)]
    assert words == ["1–2 days", "3–7 days", "8–14 days", "15+ days"]


def test_the_shipped_svg_is_the_geometry_and_each_region_is_one_group():
    shipped = files("painlog.resources").joinpath("body.svg").read_text(encoding="utf-8")
    assert shipped == body_map.svg_text()
    root = ET.fromstring(shipped)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    assert sorted(groups) == sorted(LOCATIONS)
    assert len(list(groups["head"])) == 2  # front and back
    assert len(list(groups["leg_left"])) == 4  # thigh and shin, front and back
    assert len(list(groups["chest"])) == 1
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert labels == ["Front", "Back", "R", "L", "L", "R"]


def test_shaded_svg_greys_by_level():
    root = ET.fromstring(body_map.svg_text({"lower_back": 4, "head": 1}))
    fills = {g.get("id"): g.get("fill") for g in root.iter(f"{SVG}g")}
    assert fills["lower_back"] == "#303030"
    assert fills["head"] == "#d9d9d9"
    assert fills["chest"] == "#ffffff"


def test_an_ellipse_holds_the_points_on_and_inside_its_edge_by_each_radius():
    head = body_map.HEAD  # centre (100, 50), radii 22 across and 28 down
    assert head.bounds() == (78, 22, 122, 78)
    assert head.contains(122, 50) and head.contains(100, 78)  # on the edge: (22/22)² = (28/28)² = 1
    assert head.contains(121, 50) and head.contains(100, 77)
    assert not head.contains(123, 50) and not head.contains(100, 79)


def test_a_polygon_holds_points_by_its_slanted_edges_and_its_corners():
    neck = body_map.NECK  # (90, 77) (110, 77) (112, 96) (88, 96)
    # At y = 90 the right edge runs through x = 110 + 13 × 2 / 19 ≈ 111.37, the left through 88 + 6 × 2 / 19 ≈ 88.63.
    assert neck.contains(111, 90) and neck.contains(89, 90)
    assert neck.contains(111.3, 90) is True and neck.contains(111.4, 90) is False
    assert neck.contains(100, 77) is True  # on the top edge, between its corners
    assert neck.contains(110, 77) is False  # the top right corner itself: the ray leaves through it
    assert neck.contains(100, 50) is False  # above it: no edge crossed
