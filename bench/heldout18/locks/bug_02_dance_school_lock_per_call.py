"""Class enrolment for a dance school, taken from several booking kiosks."""

import threading
import time


class PaymentGateway:
    def authorise(self, student, fee):
        time.sleep(0.01)
        return fee > 0


class DanceClass:
    def __init__(self, style, capacity, fee):
        self.style = style
        self.capacity = capacity
        self.fee = fee
        self.roster = []
        self.gateway = PaymentGateway()

    def _has_space(self):
        return len(self.roster) < self.capacity

    def enrol(self, student):
        guard = threading.Lock()
        with guard:
            if not self._has_space():
                return False
            if not self.gateway.authorise(student, self.fee):
                return False
            self.roster.append(student)
            return True


class Kiosk(threading.Thread):
    def __init__(self, dance_class, students, start_gate):
        super().__init__()
        self.dance_class = dance_class
        self.students = students
        self.start_gate = start_gate
        self.accepted = []

    def run(self):
        self.start_gate.wait()
        for student in self.students:
            if self.dance_class.enrol(student):
                self.accepted.append(student)


def main():
    salsa = DanceClass("salsa", capacity=6, fee=12)
    gate = threading.Barrier(4)
    kiosks = [Kiosk(salsa, [f"k{k}-s{i}" for i in range(3)], gate) for k in range(4)]
    for kiosk in kiosks:
        kiosk.start()
    for kiosk in kiosks:
        kiosk.join()
    print("capacity:", salsa.capacity, "enrolled:", len(salsa.roster))
    if len(salsa.roster) > salsa.capacity:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
