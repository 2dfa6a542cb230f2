import gc

FINALIZED = []


class UploadSession:
    def __init__(self, name, chunks):
        self.name = name
        self.chunks = chunks
        self.last_error = None
        self.sent = 0

    def _send(self, chunk):
        if not chunk:
            raise ConnectionError(f"empty chunk after {self.sent}")
        self.sent += 1

    def upload(self):
        try:
            for chunk in self.chunks:
                self._send(chunk)
        except ConnectionError as exc:
            self.last_error = exc
            return False
        return True

    def __del__(self):
        FINALIZED.append(self.name)


def main():
    gc.disable()
    try:
        session = UploadSession("video.mp4", [b"a", b"b", b""])
        assert session.upload() is False
        assert "after 2" in str(session.last_error)
        del session
        assert FINALIZED == []
        gc.collect()
        assert FINALIZED == ["video.mp4"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
