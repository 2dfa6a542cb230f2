import gc

FINALIZED = []


class UploadError(Exception):
    pass


class UploadTask:
    def __init__(self, path, attempts=2):
        self.path = path
        self.attempts = attempts
        self.last_error = None
        self.done = False

    def _send(self):
        raise UploadError(f"connection reset while sending {self.path}")

    def run(self):
        for _ in range(self.attempts):
            try:
                self._send()
                self.done = True
                return True
            except UploadError as exc:
                self.last_error = exc
        return False

    def __del__(self):
        FINALIZED.append(self.path)


def main():
    gc.disable()
    task = UploadTask("/tmp/report.csv")
    assert task.run() is False
    assert isinstance(task.last_error, UploadError)
    del task
    assert FINALIZED == []
    gc.collect()
    assert FINALIZED == ["/tmp/report.csv"], FINALIZED
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
