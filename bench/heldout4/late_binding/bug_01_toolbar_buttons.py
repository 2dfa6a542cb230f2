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
            self.buttons.append(Button(tool.title(), lambda: self.select(tool)))

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
    assert bar.press("Brush") == "fill"
    assert bar.selected == "fill"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
