"""Tokenizer that keeps a live token generator over its source."""
import gc
import io


class Tokenizer:
    def __init__(self, source):
        self.source = source
        self._stream = self._tokens()
        self.lookahead = []

    def _tokens(self):
        for line in self.source:
            for word in line.split():
                yield word

    def next_token(self):
        if self.lookahead:
            return self.lookahead.pop()
        return next(self._stream, None)

    def peek(self):
        tok = self.next_token()
        if tok is not None:
            self.lookahead.append(tok)
        return tok

    def __del__(self):
        self.source.close()


def first_keyword(text):
    source = io.StringIO(text)
    tok = Tokenizer(source)
    assert tok.peek() == tok.next_token()
    return tok.next_token(), source


if __name__ == "__main__":
    gc.disable()
    try:
        word, source = first_keyword("SELECT id FROM users\nWHERE id = 1\n")
        assert word == "id"
        assert not source.closed
        gc.collect()
        assert source.closed
    finally:
        gc.enable()
    print("BUG SHOWN")
