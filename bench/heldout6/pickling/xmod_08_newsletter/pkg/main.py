from .dispatch import Dispatcher
from .jobs import Job


def main():
    from . import newsletter  # noqa: F401  (registers job classes)

    digest = Job.registry["WeeklyDigest"]
    payloads = [
        {"email": "ann@example.com", "articles": ["Release 2.0", "Meetup recap"]},
        {"email": "raj@example.com", "articles": ["Release 2.0"]},
    ]
    dispatcher = Dispatcher()
    inline = dispatcher.run_inline(digest, payloads)
    assert [m["to"] for m in inline] == ["ann@example.com", "raj@example.com"]
    assert digest.queue == "bulk-mail"
    try:
        dispatcher.fan_out(digest, payloads)
    except AttributeError as exc:
        assert "pickle" in str(exc).lower() and "audited" in str(exc), exc
        assert dispatcher.sent == []
        print("BUG SHOWN")
    else:
        raise AssertionError("digests rendered in a pool")


if __name__ == "__main__":
    main()
