import html


class FilterError(Exception):
    pass


class TemplateContext:
    def __init__(self, values, autoescape=True):
        self.values = values
        self.autoescape = autoescape

    def lookup(self, dotted):
        obj = self.values
        for part in dotted.split("."):
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        return obj


class Renderer:
    def __init__(self, context):
        self.context = context

    def _apply_filter(self, value, name):
        if name == "upper":
            result = str(value).upper()
        elif name == "lower":
            result = str(value).lower()
        elif name == "title":
            result = str(value).title()
        elif name == "escape":
            result = html.escape(str(value))
        elif name.startswith("default:"):
            if value in (None, ""):
                result = name.split(":", 1)[1]
        return result

    def render_expression(self, expr):
        name, *filters = [p.strip() for p in expr.split("|")]
        value = self.context.lookup(name)
        for flt in filters:
            value = self._apply_filter(value, flt)
        return str(value)

    def render(self, source):
        out = []
        pos = 0
        while True:
            start = source.find("{{", pos)
            if start == -1:
                out.append(source[pos:])
                break
            end = source.index("}}", start)
            out.append(source[pos:start])
            out.append(self.render_expression(source[start + 2:end]))
            pos = end + 2
        return "".join(out)


if __name__ == "__main__":
    ctx = TemplateContext({"user": {"name": "ada", "nick": "countess"}})
    r = Renderer(ctx)
    assert r.render("Hi {{ user.name | title }}") == "Hi Ada"
    try:
        r.render("aka {{ user.nick | default:anon }}")
    except UnboundLocalError as exc:
        assert "result" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("rendered without error")
