"""Audit report renderer for access events."""
import datetime


def timestamp():
    return datetime.datetime(2024, 1, 1, 12, 0).isoformat()


class AuditReport:
    def __init__(self, title):
        self.title = title
        self.events = []

    def add(self, when, actor, action):
        self.events.append((when, actor, action))

    def actors(self):
        return sorted({actor for _, actor, _ in self.events})

    def header(self):
        return f"# {self.title} ({len(self.events)} events)"

    def render(self):
        lines = [self.header(), f"generated {timestamp()}"]
        for timestamp, actor, action in sorted(self.events):
            lines.append(f"{timestamp} {actor:<10} {action}")
        return "\n".join(lines)


def nightly_report(events):
    report = AuditReport("nightly access")
    for event in events:
        report.add(*event)
    return report


if __name__ == "__main__":
    report = nightly_report([
        ("2024-01-01T01:00", "alice", "login"),
        ("2024-01-01T00:30", "bob", "download"),
    ])
    assert report.actors() == ["alice", "bob"]
    assert report.header() == "# nightly access (2 events)"
    try:
        report.render()
    except UnboundLocalError as exc:
        assert "timestamp" in str(exc)
    else:
        raise AssertionError("render unexpectedly worked")
    print("BUG SHOWN")
