class SearchIndex:
    def __init__(self):
        self._postings = {}

    def add(self, doc_id, text):
        for term in text.lower().split():
            self._postings.setdefault(term, set()).add(doc_id)

    def terms(self):
        for term, docs in self._postings.items():
            yield term, len(docs)

    def drop(self, term):
        del self._postings[term]


class IndexMaintenance:
    def __init__(self, index, stopwords):
        self.index = index
        self.stopwords = stopwords
        self.dropped = []

    def prune(self, min_df=1):
        for term, df in self.index.terms():
            if term in self.stopwords or df < min_df:
                self.index.drop(term)
                self.dropped.append(term)
        return self.dropped


def main():
    index = SearchIndex()
    index.add(1, "the quick brown fox")
    index.add(2, "the lazy dog")
    maint = IndexMaintenance(index, stopwords={"the"})
    try:
        maint.prune()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        assert maint.dropped == ["the"]
        print("BUG SHOWN")
        return
    raise AssertionError("prune completed")


if __name__ == "__main__":
    main()
