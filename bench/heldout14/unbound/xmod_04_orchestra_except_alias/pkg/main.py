from .rehearsal import Rehearsal
from .tuning import Instrument


def build_orchestra():
    return [
        Instrument("violin 1", "strings", 2),
        Instrument("violin 2", "strings", -3),
        Instrument("oboe", "woodwind", 12),
        Instrument("flute", "woodwind", 1),
        Instrument("horn", "brass", 0),
    ]


def main():
    rehearsal = Rehearsal(build_orchestra())
    try:
        reports = rehearsal.tune_all()
    except UnboundLocalError as exc:
        print(f"tuning round crashed: {exc}")
        print("BUG SHOWN")
        return
    for r in reports:
        print(r.summary)
    print("OK")


if __name__ == "__main__":
    main()
