"""`python3 -m shop.main`: a cut under the machine's lock and a restock
under the inventory's lock interleave, and one update is lost."""
import threading

from . import cutting, desk, inventory, shifts

if __name__ == "__main__":
    start = inventory.level("yale")
    barrier = threading.Barrier(2, timeout=5)
    workers = [threading.Thread(target=cutting.cut_key, args=("yale", barrier.wait)),
               threading.Thread(target=inventory.restock, args=("yale", 2, barrier.wait))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert inventory.level("yale") != start - 1 + 2, "both updates kept"
    cutting.cut_key_safely("yale")
    cutting.label("yale")
    desk.run_day("train", threading.Barrier(2, timeout=5), threading.Barrier(2, timeout=5))
    assert inventory.TOYS["train"] == 9, inventory.TOYS  # the return was lost: 10 - 1 + 1 != 9
    before = inventory.TOYS["train"]
    shifts.run_shifts("train", threading.Barrier(2, timeout=5))
    assert inventory.TOYS["train"] == before - 1, inventory.TOYS  # two sales, one counted
    room = shifts.Room()
    shifts.run_desks(room, threading.Barrier(2, timeout=5), threading.Barrier(2, timeout=5))
    assert room.seated == 1, room.seated  # the walk-in was lost
    shifts.run_kilns(threading.Barrier(2, timeout=5))
    assert inventory.COLD["salmon"] == 5, inventory.COLD  # two unloads, one counted
    print("the cut and the restock, each under its own lock, lost an update")
