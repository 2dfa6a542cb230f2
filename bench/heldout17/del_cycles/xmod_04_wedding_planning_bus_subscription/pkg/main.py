import gc

from .planner import GuestList, VENUE_HOLDS


def collect_rsvps(guest_list, replies):
    for guest, attending in replies:
        guest_list.bus.publish("rsvp", guest=guest, attending=attending)
    return guest_list.headcount()


def main():
    gc.disable()
    gl = GuestList("Ana & Tom", "Orchard Barn")
    count = collect_rsvps(gl, [("Gran", True), ("Uncle Bo", False), ("Priya", True)])
    print("attending:", count)
    del gl
    print("venue holds:", VENUE_HOLDS)
    if "Orchard Barn" in VENUE_HOLDS:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
