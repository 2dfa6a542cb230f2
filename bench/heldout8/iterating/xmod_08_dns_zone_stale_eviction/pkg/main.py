from .resolver import StubResolver
from .zone import ResourceRecord, Zone


def main():
    zone = Zone("example.net.")
    zone.add(ResourceRecord("api.example.net.", "A", "192.0.2.10", ttl=30, stored_at=1000))
    zone.add(ResourceRecord("api.example.net.", "A", "192.0.2.11", ttl=300, stored_at=1000))
    zone.add(ResourceRecord("api.example.net.", "A", "192.0.2.12", ttl=300, stored_at=1000))

    resolver = StubResolver(zone, clock=lambda: 1060)
    try:
        resolver.answers("api.example.net.")
    except IndexError as exc:
        assert "list index out of range" in str(exc)
        assert zone.evicted == 1
        assert len(zone.rrset("api.example.net.", "A")) == 2
        print("BUG SHOWN")
    else:
        raise AssertionError("expected IndexError")


if __name__ == "__main__":
    main()
