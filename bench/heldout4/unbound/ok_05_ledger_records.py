DEFAULT_ACCOUNT = "suspense"


class LedgerImporter:
    def __init__(self):
        self.entries = []
        self.skipped = 0

    @staticmethod
    def classify(lines):
        for line in lines:
            if line.startswith("H"):
                kind = "header"
            elif line.startswith("D"):
                kind = "detail"
            else:
                kind = "other"
            yield kind, line[1:].strip()

    def load(self, lines):
        global DEFAULT_ACCOUNT
        for kind, payload in self.classify(lines):
            if kind == "detail":
                account, amount = payload.split(":")
                self.entries.append((account or DEFAULT_ACCOUNT, int(amount)))
            elif kind == "header" and payload.startswith("acct="):
                DEFAULT_ACCOUNT = payload[5:]
            else:
                self.skipped += 1
        return len(self.entries)


def main():
    importer = LedgerImporter()
    assert importer.load(["H acct=cash", "D :100", "D bank:-40"]) == 2
    assert importer.load(["T end-of-file", "D :5"]) == 3
    assert importer.entries[0] == ("cash", 100) and importer.entries[2] == ("cash", 5)
    assert importer.skipped == 1
    print("OK")


if __name__ == "__main__":
    main()
