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

    def admit(self, patient):
        self.patients[patient.mrn] = patient

    def observe(self, mrn):
        self.patients[mrn].observations += 1

    def _discharge(self, mrn, reason):
        patient = self.patients.pop(mrn)
        self.discharged.append((patient.mrn, reason))

    def review(self):
        for mrn, patient in self.patients.items():
            if patient.acuity >= 4 and patient.observations >= 2:
                self._discharge(mrn, "stable")


def main():
    board = TriageBoard()
    for mrn, acuity in [("M-01", 2), ("M-02", 5), ("M-03", 4), ("M-04", 1)]:
        board.admit(Patient(mrn, acuity))
    for mrn in ("M-02", "M-02", "M-03", "M-03"):
        board.observe(mrn)
    try:
        board.review()
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        assert board.discharged == [("M-02", "stable")]
        print("BUG SHOWN")
        return
    raise AssertionError("review completed")


if __name__ == "__main__":
    main()
