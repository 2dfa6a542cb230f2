import pickle

from .bench import CalibrationBench
from .tasks import calibrate_channel, reference_points


def main():
    ref = reference_points()
    jobs = [
        ("ch0", ref, [102.0, 352.0, 602.0, 852.0, 1102.0]),
        ("ch1", ref, [-4.0, 46.0, 96.0, 146.0, 196.0]),
    ]
    bench = CalibrationBench(calibrate_channel)
    assert bench.run_local(jobs)[0] == ("ch0", 0.1, -10.2, 0.0)
    try:
        bench.run_parallel(jobs)
    except (AttributeError, pickle.PicklingError) as exc:
        assert "timed.<locals>.wrapper" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("decorated task was unexpectedly pickled")


if __name__ == "__main__":
    main()
