"""Request ID generation for the API gateway."""
import threading

_request_counter = 0
_counter_lock = threading.Lock()
NODE_ID = "gw01"


def next_request_id(prefix="req"):
    with _counter_lock:
        _request_counter += 1
        value = _request_counter
    return f"{prefix}-{NODE_ID}-{value:06d}"


def tag_request(headers):
    tagged = dict(headers)
    tagged.setdefault("X-Request-ID", next_request_id())
    return tagged


if __name__ == "__main__":
    print(tag_request({"Host": "api.example.invalid"}))
    print(tag_request({"Host": "api.example.invalid", "X-Request-ID": "upstream-1"}))
