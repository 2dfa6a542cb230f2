import re

KEYWORDS = frozenset({"let", "fn", "if", "else", "return", "while"})
TOKEN_RE = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/=<>(){};,]))")


class LexError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class Lexer:
    def __init__(self, source, dialect=None):
        self.source = source
        self.dialect = dialect or {}

    def tokens(self):
        pos = 0
        end = len(self.source.rstrip())
        while pos < end:
            match = TOKEN_RE.match(self.source, pos)
            if match is None:
                raise LexError(f"unexpected character at {pos}")
            number, word, punct = match.groups()
            if number:
                yield Token("NUMBER", number, match.start(1))
            elif word:
                if word in KEYWORDS:
                    yield Token("KEYWORD", word, match.start(2))
                elif word == "pragma" and "keywords" in self.dialect:
                    KEYWORDS = KEYWORDS | frozenset(self.dialect["keywords"])
                else:
                    yield Token("IDENT", word, match.start(2))
            else:
                yield Token("PUNCT", punct, match.start(3))
            pos = match.end()
        yield Token("EOF", "", pos)


class Parser:
    def __init__(self, lexer):
        self._tokens = list(lexer.tokens())
        self._index = 0

    def peek(self):
        return self._tokens[self._index]

    def statements(self):
        out = []
        while self.peek().kind != "EOF":
            tok = self.peek()
            out.append((tok.kind, tok.text))
            self._index += 1
        return out


def parse(source):
    return Parser(Lexer(source)).statements()


if __name__ == "__main__":
    try:
        parse("let total = price * 3;")
    except UnboundLocalError as exc:
        assert "KEYWORDS" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("lexer unexpectedly worked")
