import html


class Template:
    FILTERS = {
        "upper": str.upper,
        "lower": str.lower,
        "title": str.title,
        "escape": html.escape,
    }
    AUTOESCAPE = True

    def __init__(self, source):
        self.source = source

    @classmethod
    def available_filters(cls):
        return sorted(cls.FILTERS)

    def _apply(self, value, chain):
        for name in chain:
            value = FILTERS[name](value)
        return value

    def render(self, context):
        out = []
        for chunk in self.source.split("{{"):
            if "}}" not in chunk:
                out.append(chunk)
                continue
            expr, rest = chunk.split("}}", 1)
            var, *chain = [p.strip() for p in expr.split("|")]
            value = str(context.get(var, ""))
            if chain:
                value = self._apply(value, chain)
            elif self.AUTOESCAPE:
                value = html.escape(value)
            out.append(value + rest)
        return "".join(out)


def main():
    assert Template.available_filters() == ["escape", "lower", "title", "upper"]
    plain = Template("Hello {{ name }}!")
    assert plain.render({"name": "<b>Ann</b>"}) == "Hello &lt;b&gt;Ann&lt;/b&gt;!"
    fancy = Template("Hello {{ name | title }}!")
    try:
        fancy.render({"name": "ann lee"})
    except NameError as exc:
        assert "FILTERS" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("render succeeded")


if __name__ == "__main__":
    main()
