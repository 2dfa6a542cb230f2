"""Tokenizer that hands out token generators over its source."""
import gc
import io


class Tokenizer:
    def __init__(self, source):
        self.source = source

    def _tokens(self):
        for line in self.source:
            for word in line.split():
                yield word

    def __iter__(self):
        return self._tokens()

    def first(self, n):
        out = []
        for tok in self:
            out.append(tok)
            if len(out) == n:
                break
        return out

    def __del__(self):
        self.source.close()


def first_keywords(text, n):
    source = io.StringIO(text)
    tok = Tokenizer(source)
    return tok.first(n), source


if __name__ == "__main__":
    gc.disable()
    try:
        words, source = first_keywords("SELECT id FROM users\nWHERE id = 1\n", 2)
        assert words == ["SELECT", "id"]
        assert source.closed
    finally:
        gc.enable()
    print("OK")
