import re


def build_lexer():
    class Lexer:
        OPEN = r"\{\{"
        CLOSE = r"\}\}"
        TOKENS = [
            ("var", r"\s*(\w+(?:\.\w+)*)\s*"),
            ("filter", r"\s*(\w+)\s*\|\s*(\w+)\s*"),
        ]
        PATTERNS = {name: re.compile(OPEN + body + CLOSE) for name, body in TOKENS}

        def __init__(self, source):
            self.source = source

        def tokens(self):
            for name, rx in self.PATTERNS.items():
                for m in rx.finditer(self.source):
                    yield name, m.groups()

    return Lexer


class Template:
    lexer_cls = None

    def __init__(self, source):
        if Template.lexer_cls is None:
            Template.lexer_cls = build_lexer()
        self.lexer = Template.lexer_cls(source)

    def render(self, context):
        out = self.lexer.source
        for kind, groups in self.lexer.tokens():
            if kind == "var":
                out = out.replace("{{" + groups[0] + "}}", str(context[groups[0]]))
        return out


try:
    Template("Hello {{name}}").render({"name": "Ada"})
except NameError as exc:
    assert "OPEN" in str(exc)
    print("BUG SHOWN")
else:
    raise AssertionError("expected NameError")
