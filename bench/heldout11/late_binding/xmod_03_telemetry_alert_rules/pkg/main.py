from .alerts import build_rulebook
from .monitor import PumpMonitor
from .rules import Reading


def main():
    pager = []
    monitor = PumpMonitor(build_rulebook(), pager)
    assert monitor.ingest(Reading("pump-3", 62.0, 5.1)) == ["maintenance"]
    fired = monitor.ingest(Reading("pump-3", 88.0, 1.0))
    assert fired == [], fired
    fired = monitor.ingest(Reading("pump-4", 96.0, 1.0))
    assert fired == ["warning", "critical", "shutdown"], fired
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
