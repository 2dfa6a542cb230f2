from .grading import Log
from .yard import LogYard


def main():
    yard = LogYard()
    for log in [
        Log("M-101", "soft maple", "F2", 10),
        Log("M-102", "hard maple", "F1", 12),
        Log("M-103", "hard maple", "F3", 6),
        Log("M-104", "soft maple", "F1", 9),
    ]:
        yard.receive(log)
    print(f"accepted {len(yard.logs)} logs, rejected {len(yard.rejected)}")
    try:
        order = yard.saw_order()
    except NameError as exc:
        print(f"saw order could not be computed: {exc}")
        print("BUG SHOWN")
        return
    print("saw order:", [log.tag for log in order])


if __name__ == "__main__":
    main()
