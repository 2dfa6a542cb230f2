from .hooks import hooks
from .metrics import COUNTERS, install


def main():
    install({"upload": "bytes_in", "download": "bytes_out", "delete": "deletions"})
    hooks.fire("upload", 512)
    hooks.fire("download", 128)
    assert "bytes_in" not in COUNTERS and "bytes_out" not in COUNTERS, COUNTERS
    assert COUNTERS == {"deletions": 640}, COUNTERS
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
