from dataclasses import dataclass


@dataclass
class Patient:
    mrn: str
    acuity: int
    observations: int = 0


class TriageBoard:
    def __init__(self):
        self.patients = {}
        self.discharged = []
        self.queue = []

    def admit(self, patient):
        self.patients[patient.mrn] = patient
        self.queue.append(patient.mrn)

    def observe(self, mrn):
        self.patients[mrn].observations += 1

    def _discharge(self, mrn, reason):
        patient = self.patients.pop(mrn)
        self.queue.remove(mrn)
        self.discharged.append((patient.mrn, reason))

    def review(self):
        for mrn, patient in list(self.patients.items()):
            if patient.acuity >= 4 and patient.observations >= 2:
                self._discharge(mrn, "stable")
        for mrn in self.queue[:]:
            if self.patients[mrn].acuity == 1:
                self._discharge(mrn, "minor")


def main():
    board = TriageBoard()
    for mrn, acuity in [("M-01", 2), ("M-02", 5), ("M-03", 4), ("M-04", 1), ("M-05", 1)]:
        board.admit(Patient(mrn, acuity))
    for mrn in ("M-02", "M-02", "M-03", "M-03"):
        board.observe(mrn)
    board.review()
    assert board.discharged == [("M-02", "stable"), ("M-03", "stable"), ("M-04", "minor"), ("M-05", "minor")]
    assert list(board.patients) == ["M-01"] and board.queue == ["M-01"]
    print("OK")


if __name__ == "__main__":
    main()
