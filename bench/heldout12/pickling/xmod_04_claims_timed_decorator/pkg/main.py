import pickle

from .batch import ClaimsBatch
from .underwriting import assess_claim


def main():
    claims = [("CLM-1001", "water", 4_300, 0), ("CLM-1002", "fire", 48_000, 3),
              ("CLM-1003", "theft", 900, 1)]
    assert assess_claim(claims[0])[2] == "auto"
    try:
        ClaimsBatch(assess_claim).run(claims)
    except (AttributeError, pickle.PicklingError) as exc:
        assert "wrapper" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("claims assessed in worker processes")


if __name__ == "__main__":
    main()
