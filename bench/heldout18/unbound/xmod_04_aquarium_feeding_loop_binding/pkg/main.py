from .log import FeedingLog
from .report import daily_summary


def main():
    log = FeedingLog()
    log.record("reef", "feed", 12.0, 8)
    log.record("reef", "clean", 0.0, 10)
    log.record("reef", "feed", 9.5, 16)
    log.record("amazon", "feed", 20.0, 9)
    log.record("jellies", "clean", 0.0, 11)
    try:
        summary = daily_summary(log, log.tanks())
    except UnboundLocalError as exc:
        print("summary failed:", exc)
        print("BUG SHOWN")
        return
    print(summary)


if __name__ == "__main__":
    main()
