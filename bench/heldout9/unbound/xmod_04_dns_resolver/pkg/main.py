from .resolver import StubResolver


def main():
    resolver = StubResolver({"example.org": "93.184.216.34", "python.org": "151.101.0.223"})
    answer = resolver.resolve("example.org")
    assert answer.address == "93.184.216.34"
    assert resolver.resolve_many(["python.org"], slow_network=True)["python.org"].timeout == 10.0
    try:
        resolver.resolve_many(["example.org", "python.org"])
    except UnboundLocalError as exc:
        assert "DEFAULT_TIMEOUT" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected UnboundLocalError")


if __name__ == "__main__":
    main()
