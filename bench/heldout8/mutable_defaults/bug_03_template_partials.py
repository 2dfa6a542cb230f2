import re

PARTIALS = {
    "header": "<h1>{{ title }}</h1>",
    "footer": "<footer>{{ site }}</footer>",
    "nav": "<nav>{{ site }}</nav>",
}

TAG = re.compile(r"\{\{\s*(>?\s*\w+)\s*\}\}")


def _include(name, context):
    rendered = context.setdefault("__partials__", [])
    if name in rendered:
        return ""
    rendered.append(name)
    return render(PARTIALS[name], context)


def _substitute(match, context):
    key = match.group(1)
    if key.startswith(">"):
        return _include(key[1:].strip(), context)
    return str(context.get(key, ""))


def render(template, context={}):
    return TAG.sub(lambda m: _substitute(m, context), template)


class Page:
    def __init__(self, body, **values):
        self.body = body
        self.values = values

    def to_html(self, base=None):
        if base is None:
            return render(self.body)
        ctx = base
        ctx.update(self.values)
        return render(self.body, ctx)


def main():
    layout = "{{> header }}{{> nav }}<main>body</main>{{> footer }}"
    first = Page(layout).to_html()
    second = Page(layout).to_html()
    assert first == "<h1></h1><nav></nav><main>body</main><footer></footer>", first
    assert second == "<main>body</main>", second
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
