class LedgerImporter:
    def __init__(self):
        self.entries = []

    @staticmethod
    def classify(lines):
        for line in lines:
            if line.startswith("H"):
                kind = "header"
            elif line.startswith("D"):
                kind = "detail"
            yield kind, line[1:].strip()

    def load(self, lines):
        for kind, payload in self.classify(lines):
            if kind == "detail":
                account, amount = payload.split(":")
                self.entries.append((account, int(amount)))
        return len(self.entries)


def main():
    importer = LedgerImporter()
    assert importer.load(["H 2026-01", "D cash:100", "D bank:-40"]) == 2
    try:
        importer.load(["T end-of-file", "D cash:5"])
    except UnboundLocalError as exc:
        assert "kind" in str(exc)
        assert len(importer.entries) == 2
        print("BUG SHOWN")
        return
    raise AssertionError("trailer line was accepted")


if __name__ == "__main__":
    main()
