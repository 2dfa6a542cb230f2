class Widget:
    def __init__(self, text, style={}, tags=None):
        self.text = text
        self.style = style
        self.tags = tags if tags is not None else []

    def css(self):
        return ";".join(f"{k}:{v}" for k, v in sorted(self.style.items()))


class Label(Widget):
    def render(self):
        return f'<span style="{self.css()}">{self.text}</span>'
