"""One-shot synchronization against a remote replica."""


class Channel:
    def __init__(self, peer):
        self.peer = peer
        self.sent = []

    def send(self, message):
        self.sent.append(message)

    def close(self):
        self.sent.clear()


def open_channel(remote_url):
    if not remote_url.startswith("sync://"):
        raise ConnectionError(f"unsupported scheme in {remote_url!r}")
    return Channel(remote_url[len("sync://"):])


def sync_once(remote_url, changes):
    try:
        channel = open_channel(remote_url)
        for change in changes:
            channel.send(change)
        return len(changes)
    except ConnectionError as exc:
        print(f"sync with {channel.peer} failed: {exc}")
        return 0


if __name__ == "__main__":
    print(sync_once("sync://replica-2:7070", ["put a", "del b"]))
    print(sync_once("https://replica-3", ["put c"]))
