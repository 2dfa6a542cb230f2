"""Vet clinic: dosage calculations run in worker processes."""

import pickle
import threading
from concurrent.futures import ProcessPoolExecutor

DOSE_MG_PER_KG = {"meloxicam": 0.1, "amoxicillin": 10.0, "gabapentin": 5.0}


class Patient:
    def __init__(self, name, species, weight_kg):
        self.name = name
        self.species = species
        self.weight_kg = weight_kg


class Formulary:
    def __init__(self, clinic):
        self.clinic = clinic
        self.table = dict(DOSE_MG_PER_KG)
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def dose(self, patient, drug):
        with self._lock:
            return round(self.table[drug] * patient.weight_kg, 2)


def compute_dose(formulary, patient, drug):
    return patient.name, formulary.dose(patient, drug)


def main():
    formulary = Formulary("Harbourside Vets")
    patients = [Patient("Biscuit", "dog", 24.0), Patient("Miso", "cat", 4.5)]
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(compute_dose, formulary, p, "meloxicam") for p in patients]
        doses = dict(f.result() for f in futures)
    assert doses == {"Biscuit": 2.4, "Miso": 0.45}, doses
    clone = pickle.loads(pickle.dumps(formulary))
    assert clone.dose(patients[0], "gabapentin") == 120.0
    print(doses)
    print("OK")


if __name__ == "__main__":
    main()
