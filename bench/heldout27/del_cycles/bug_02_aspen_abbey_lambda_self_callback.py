"""Aspen abbey: booking the abbey's scriptorium for visiting scholars.

A visit leases one of the scriptorium's reading desks.  Departure hooks
(returning manuscripts, noting the visit in the register) are collected as the
visit goes on and run when the scholar leaves; the desk lease itself is
returned when the visit object is finalised.
"""
import gc


class Scriptorium:
    def __init__(self, desks):
        self.free_desks = list(desks)
        self.register = []

    def lease(self, scholar):
        desk = self.free_desks.pop(0)
        return DeskLease(self, desk, scholar)


class DeskLease:
    def __init__(self, scriptorium, desk, scholar):
        self.scriptorium = scriptorium
        self.desk = desk
        self.scholar = scholar
        self.returned = False

    def give_back(self):
        if not self.returned:
            self.returned = True
            self.scriptorium.free_desks.append(self.desk)


class ScholarVisit:
    def __init__(self, scriptorium, scholar):
        self.scholar = scholar
        self.lease = scriptorium.lease(scholar)
        self.manuscripts = []
        self.returned_to_stacks = []
        self._departure_hooks = [
            lambda: scriptorium.register.append(
                (self.scholar, self.lease.desk, len(self.returned_to_stacks))
            )
        ]

    def request(self, shelfmark):
        self.manuscripts.append(shelfmark)

    def leave(self):
        while self.manuscripts:
            self.returned_to_stacks.append(self.manuscripts.pop())
        for hook in self._departure_hooks:
            hook()

    def __del__(self):
        self.lease.give_back()


def host_visit(scriptorium, scholar, shelfmarks):
    visit = ScholarVisit(scriptorium, scholar)
    for mark in shelfmarks:
        visit.request(mark)
    visit.leave()
    return visit.lease


def main():
    abbey = Scriptorium(["north window", "lectern"])
    gc.disable()
    try:
        lease = host_visit(abbey, "Dr. Quillon", ["MS 12", "MS 40b"])
        print(f"register: {abbey.register}")
        returned_at_exit = lease.returned
        print(f"desk back after the visit: {returned_at_exit}; free: {abbey.free_desks}")
        gc.collect()
        print(f"after a collector pass: {lease.returned}; free: {abbey.free_desks}")
    finally:
        gc.enable()
    if not returned_at_exit:
        print("BUG SHOWN")
    else:
        print("desk returned promptly")


if __name__ == "__main__":
    main()
