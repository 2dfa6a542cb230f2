import re
from collections import Counter


class IndexStats:
    def __init__(self):
        self.documents = 0
        self.tokens = 0
        self.vocabulary = Counter()

    def observe(self, tokens):
        self.documents += 1
        self.tokens += len(tokens)
        self.vocabulary.update(tokens)


class InvertedIndex:
    TOKEN = re.compile(r"[a-z0-9]+")

    def __init__(self, name, stats=IndexStats()):
        self.name = name
        self.stats = stats
        self.postings = {}

    def add(self, doc_id, text):
        tokens = self.TOKEN.findall(text.lower())
        for tok in tokens:
            self.postings.setdefault(tok, set()).add(doc_id)
        self.stats.observe(tokens)

    def search(self, term):
        return sorted(self.postings.get(term.lower(), ()))


def main():
    products = InvertedIndex("products")
    products.add(1, "Red wool scarf")
    products.add(2, "Blue wool hat")
    support = InvertedIndex("support")
    support.add(10, "Refund for damaged hat")
    assert support.search("hat") == [10]
    assert support.stats.documents == 3, support.stats.documents
    assert support.stats.vocabulary["wool"] == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
