import re
from dataclasses import dataclass, field
import pickle
from multiprocessing import Pool
from typing import Callable

TOKEN = re.compile(r"[a-z0-9]+")


@dataclass
class Analyzer:
    stopwords: frozenset = frozenset({"the", "a", "of", "and"})
    min_length: int = 2
    stemmer: Callable[[str], str] = field(default=lambda word: word.rstrip("s"))

    def tokens(self, text):
        for raw in TOKEN.findall(text.lower()):
            if raw in self.stopwords or len(raw) < self.min_length:
                continue
            yield self.stemmer(raw)


def index_document(analyzer, doc_id, text):
    postings = {}
    for position, term in enumerate(analyzer.tokens(text)):
        postings.setdefault(term, []).append((doc_id, position))
    return postings


class Indexer:
    def __init__(self, analyzer=None, processes=2):
        self.analyzer = analyzer or Analyzer()
        self.processes = processes
        self.inverted = {}

    def _merge(self, partial):
        for term, hits in partial.items():
            self.inverted.setdefault(term, []).extend(hits)

    def build(self, documents):
        jobs = [(self.analyzer, doc_id, text) for doc_id, text in documents.items()]
        with Pool(self.processes) as pool:
            for partial in pool.starmap(index_document, jobs):
                self._merge(partial)
        return self.inverted


def main():
    docs = {1: "The cats of the city", 2: "A city and its parks"}
    assert index_document(Analyzer(), 1, docs[1]) == {"cat": [(1, 0)], "city": [(1, 1)]}
    indexer = Indexer()
    try:
        indexer.build(docs)
    except pickle.PicklingError as exc:
        assert "pickle" in str(exc).lower() and "lambda" in str(exc), exc
        assert indexer.inverted == {}
        print("BUG SHOWN")
    else:
        raise AssertionError("index built in worker processes")


if __name__ == "__main__":
    main()
