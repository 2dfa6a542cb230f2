import io


PART_COSTS = {"rib": 2.5, "runner": 4.0, "canopy": 12.0, "handle": 6.0}


class RepairBench:
    """A bench with its own work log; one per repairer."""

    def __init__(self, repairer, log=None):
        self.repairer = repairer
        self.log = log if log is not None else open_log(repairer)

    def repair(self, ticket):
        cost = sum(PART_COSTS[p] for p in ticket["parts"]) + 8.0
        self.log.write(f"{ticket['id']} {cost:.2f}\n")
        return ticket["id"], cost


def open_log(repairer):
    # In the shop this is a real file per repairer; a temp stream in tests.
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
