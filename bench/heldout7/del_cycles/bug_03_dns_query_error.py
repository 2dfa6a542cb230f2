import gc

FINALIZED = []


class ServFail(Exception):
    pass


class Transport:
    def __init__(self, failing):
        self.failing = set(failing)

    def send(self, qname):
        if qname in self.failing:
            raise ServFail(qname)
        return ["192.0.2.1"]


class Query:
    def __init__(self, qname, transport):
        self.qname = qname
        self.transport = transport
        self.answer = None
        self.last_error = None

    def run(self):
        try:
            self.answer = self.transport.send(self.qname)
        except ServFail as exc:
            self.last_error = exc
        return self

    def __del__(self):
        FINALIZED.append(self.qname)


def resolve(qname, transport):
    q = Query(qname, transport).run()
    return q.answer, type(q.last_error).__name__ if q.last_error else None


def main():
    gc.disable()
    try:
        transport = Transport(failing={"broken.test"})
        assert resolve("ok.test", transport) == (["192.0.2.1"], None)
        assert FINALIZED == ["ok.test"]
        assert resolve("broken.test", transport) == (None, "ServFail")
        assert FINALIZED == ["ok.test"], FINALIZED
        gc.collect()
        assert FINALIZED == ["ok.test", "broken.test"], FINALIZED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
