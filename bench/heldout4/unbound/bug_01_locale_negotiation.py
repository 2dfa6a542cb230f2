DEFAULT_LOCALE = "en-US"
SUPPORTED = {"en-US", "fr-FR", "de-DE"}


def negotiate_locale(accept_header):
    chosen = DEFAULT_LOCALE
    for part in accept_header.split(","):
        tag = part.split(";")[0].strip()
        if tag in SUPPORTED:
            chosen = tag
            break
    if chosen != "en-US" and accept_header.endswith("persist"):
        DEFAULT_LOCALE = chosen
    return chosen


class TemplateRenderer:
    def __init__(self, templates):
        self.templates = templates

    def render(self, name, request_headers, **context):
        locale = negotiate_locale(request_headers.get("Accept-Language", ""))
        template = self.templates[name].get(locale, self.templates[name]["en-US"])
        return template.format(**context)


def main():
    renderer = TemplateRenderer({
        "greeting": {"en-US": "Hello {user}", "fr-FR": "Bonjour {user}"},
    })
    try:
        renderer.render("greeting", {"Accept-Language": "fr-FR;q=0.9"}, user="Ana")
    except UnboundLocalError as exc:
        assert "DEFAULT_LOCALE" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("render succeeded")


if __name__ == "__main__":
    main()
