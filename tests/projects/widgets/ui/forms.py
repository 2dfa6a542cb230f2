from .widgets import Label


class ErrorLabel(Label):
    def __init__(self, text):
        super().__init__(text)  # expect: SNG201
        self.style["color"] = "red"


class OwnStyleLabel(Label):
    def __init__(self, text):
        super().__init__(text, {})
        self.style["color"] = "blue"


class TaggedLabel(Label):
    def __init__(self, text):
        super().__init__(text)
        self.tags.append("tagged")


class KeywordLabel(Label):
    def __init__(self, text):
        super().__init__(text, style={"weight": "bold"})
        self.style["size"] = "2em"
