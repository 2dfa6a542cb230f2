import multiprocessing
import pickle
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    barcode: str
    od600: float
    ph: float


def make_qc_scorer(min_od, ph_range):
    low, high = ph_range

    def score(sample):
        ok_od = sample.od600 >= min_od
        ok_ph = low <= sample.ph <= high
        return sample.barcode, ok_od and ok_ph

    return score


class PlateQC:
    def __init__(self, scorer, processes=2):
        self.scorer = scorer
        self.processes = processes

    def run(self, samples):
        with multiprocessing.Pool(self.processes) as pool:
            return dict(pool.map(self.scorer, samples))


def main():
    plate = [Sample("A01", 0.62, 7.1), Sample("A02", 0.18, 7.0), Sample("A03", 0.71, 8.4)]
    qc = PlateQC(make_qc_scorer(0.3, (6.5, 7.8)))
    try:
        qc.run(plate)
    except (pickle.PicklingError, AttributeError) as exc:
        assert "local object" in str(exc) or "make_qc_scorer" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("plate scored in worker processes")


if __name__ == "__main__":
    main()
