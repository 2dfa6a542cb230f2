class TagIndex:
    def __init__(self, default_tags=(), stopwords=["the", "a", "an"]):
        self._default_tags = list(default_tags)
        self._stopwords = stopwords
        self._docs = {}

    def _normalise(self, words, extra_stop=[]):
        return [w.lower() for w in words if w.lower() not in self._stopwords and w.lower() not in extra_stop]

    def add(self, doc_id, words, tags=None):
        doc_tags = list(self._default_tags)
        if tags:
            doc_tags.extend(tags)
        self._docs[doc_id] = (self._normalise(words), doc_tags)
        return self._docs[doc_id]

    def tags(self, doc_id):
        return self._docs[doc_id][1]


def main():
    a = TagIndex(default_tags=["inbox"])
    b = TagIndex()
    a.add(1, ["The", "Report"], tags=["urgent"])
    a.add(2, ["An", "Invoice"])
    b.add(1, ["a", "memo"], tags=["draft"])
    assert a.tags(1) == ["inbox", "urgent"]
    assert a.tags(2) == ["inbox"]
    assert b.tags(1) == ["draft"]
    assert a._docs[1][0] == ["report"] and b._docs[1][0] == ["memo"]
    assert TagIndex.__init__.__defaults__[1] == ["the", "a", "an"]
    print("OK")


if __name__ == "__main__":
    main()
