"""Listener settings for the metrics exporter."""
import os

_RAW_PORT = os.environ.get("EXPORTER_PORT", "9100x")

try:
    LISTEN_PORT = int(_RAW_PORT)
except ValueError:
    LISTEN_PORT = 9100

try:
    import zlib
    COMPRESSOR = zlib.compress
except ImportError:
    COMPRESSOR = None


def read_textfile(path):
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or "unreadable"
        return f"# skipped {path}: {reason}\n"
    with handle:
        return handle.read()


def render_metrics(paths):
    body = "".join(read_textfile(path) for path in paths)
    if COMPRESSOR is not None:
        return COMPRESSOR(body.encode())
    return body.encode()


if __name__ == "__main__":
    assert LISTEN_PORT == 9100 or "EXPORTER_PORT" in os.environ
    payload = render_metrics(["/nonexistent/metrics.prom"])
    assert payload
    print("OK")
