from functools import partial


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click()


class Toolbar:
    def __init__(self, tools):
        self.selected = None
        self.buttons = []
        for tool in tools:
            self.buttons.append(Button(tool.title(), partial(self.select, tool)))
        self.shortcuts = {tool[0]: (lambda t=tool: self.select(t)) for tool in tools}

    def select(self, tool):
        self.selected = tool
        return tool

    def press(self, label):
        for button in self.buttons:
            if button.label == label:
                return button.click()
        raise KeyError(label)


def main():
    bar = Toolbar(["brush", "eraser", "fill"])
    assert bar.press("Brush") == "brush"
    assert bar.press("Eraser") == "eraser"
    assert bar.shortcuts["f"]() == "fill" and bar.shortcuts["b"]() == "brush"
    print("OK")


if __name__ == "__main__":
    main()
