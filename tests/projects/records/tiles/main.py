"""`python3 -m tiles.main`: requests made without `layers` share one list."""
from . import bookings, desk, render

if __name__ == "__main__":
    hiking = render.overlay(12, 1, ["footpaths"])
    cycling = render.overlay(12, 2, ["cycleways"])
    assert hiking.layers == ["footpaths", "cycleways"], hiking.layers  # the other's overlay too
    assert hiking.layers is cycling.layers
    own = render.overlay_own(12, 3, ["huts"])
    assert own.layers == ["huts"]
    assert render.overlay_keyword(12, 4, ["b", "a"]).layers == ["a", "b"]
    assert render.plain(3).layers == []
    walking = render.overlay_helper(12, 5, ["benches"])
    assert walking.layers[-1] == "benches" and "footpaths" in walking.layers  # shared again
    five, six = bookings.open_day([17, 18])
    bookings.book(five, "Aino")
    assert six.guests == ["Aino"]  # booked into the 5 pm slot, shows at 6 pm too
    nine, ten = desk.morning()
    assert ten.guests[-1] == "Eero"  # reserved at nine, shows at ten
    print("Request(zoom, x) shares its default `layers` list")
