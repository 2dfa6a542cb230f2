from .widgets import Label


class ErrorLabel(Label):
    def __init__(self, text):
        super().__init__(text)
        self.style["color"] = "red"
        self.style["font-weight"] = "bold"


def field_errors(errors):
    return [ErrorLabel(msg).render() for msg in errors]
