import tempfile

from .archive import ServiceArchive
from .service import Hymn, OrderOfService


def main():
    service = OrderOfService(
        "2024-03-10",
        "Rev. Ashworth",
        [Hymn(312, "Morning has broken", 3), Hymn(88, "Be thou my vision", 5),
         Hymn(640, "Abide with me", 4)],
        readings=["Isaiah 40:28-31"],
    )
    print(service.summary())
    print(f"announced: {service.announce_next().title}, {service.announce_next().title}")

    with tempfile.TemporaryDirectory() as tmp:
        archive = ServiceArchive(tmp)
        try:
            archive.store(service)
        except (TypeError, AttributeError) as exc:
            print(f"could not archive service: {type(exc).__name__}: {exc}")
            print("BUG SHOWN")
            return
        print(f"archived: {archive.dates()}")
    print("no failure")


if __name__ == "__main__":
    main()
