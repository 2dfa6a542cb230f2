import queue
import threading


class Warehouse:
    def __init__(self):
        self.picked_units = 0
        self.pick_log = []

    def log_pick(self, robot, order_id, units):
        self.pick_log.append((robot, order_id, units))


class PickerRobot(threading.Thread):
    def __init__(self, name, warehouse, orders, before_commit):
        super().__init__(name=name)
        self.warehouse = warehouse
        self.orders = orders
        self.before_commit = before_commit
        self._lock = threading.Lock()

    def _pick(self, order_id, units):
        with self._lock:
            total = self.warehouse.picked_units
            self.warehouse.log_pick(self.name, order_id, units)
            self.before_commit(self.name)
            self.warehouse.picked_units = total + units

    def run(self):
        while True:
            try:
                order_id, units = self.orders.get_nowait()
            except queue.Empty:
                return
            self._pick(order_id, units)


def main():
    warehouse = Warehouse()
    both_holding = threading.Barrier(2, timeout=5)
    per_robot = []
    for name, order in (("R1", ("SO-1", 5)), ("R2", ("SO-2", 7))):
        q = queue.Queue()
        q.put(order)
        per_robot.append(PickerRobot(name, warehouse, q, lambda n: both_holding.wait()))
    for robot in per_robot:
        robot.start()
    for robot in per_robot:
        robot.join()
    assert len(warehouse.pick_log) == 2
    assert warehouse.picked_units in (5, 7), warehouse.picked_units
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
