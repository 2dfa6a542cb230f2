"""Choir rehearsal attendance: section leaders tick singers in from their tablets."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class Register:
    def __init__(self):
        self.attendance = {}
        self.sync_count = 0

    def _sync_tablet(self):
        self.sync_count += 1
        time.sleep(0.0001)

    def mark_present(self, singer):
        with threading.Lock():
            count = self.attendance.get(singer, 0)
            self._sync_tablet()
            self.attendance[singer] = count + 1

    def total(self):
        return sum(self.attendance.values())


class SectionLeader(threading.Thread):
    def __init__(self, section, register, singers, rehearsals, barrier):
        super().__init__(name=f"leader-{section}")
        self.register = register
        self.singers = singers
        self.rehearsals = rehearsals
        self.barrier = barrier

    def run(self):
        self.barrier.wait()
        for _ in range(self.rehearsals):
            for singer in self.singers:
                self.register.mark_present(singer)


def main():
    register = Register()
    everyone = ["Alto Ann", "Bass Bill", "Tenor Tia", "Soprano Sue"]
    leaders = ["soprano", "alto", "tenor", "bass"]
    barrier = threading.Barrier(len(leaders))
    threads = [SectionLeader(s, register, everyone, 50, barrier) for s in leaders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = len(leaders) * 50 * len(everyone)
    print(f"marks recorded: {register.total()} of {expected}")
    if register.total() != expected:
        print("attendance marks were lost")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
