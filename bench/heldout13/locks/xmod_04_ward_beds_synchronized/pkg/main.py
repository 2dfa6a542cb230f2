import threading

from .ward import Ward


class BedManager:
    def __init__(self, ward):
        self.ward = ward

    def transfer_in_and_out(self, leaving, arriving):
        threads = [
            threading.Thread(target=self.ward.discharge, args=(leaving,)),
            threading.Thread(target=self.ward.admit, args=(arriving,)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def main():
    gate = threading.Barrier(2, timeout=5)
    ward = Ward("cardiology", beds=2)
    ward.admit("p-01")
    ward.audit = lambda event, patient: gate.wait()
    BedManager(ward).transfer_in_and_out("p-01", "p-02")
    assert ward.occupants == {"p-02"}
    assert ward.free_beds in (0, 2), ward.free_beds
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
