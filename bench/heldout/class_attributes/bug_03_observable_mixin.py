"""UI widgets that notify observers when their value changes."""


class ObservableMixin:
    _observers = []

    def subscribe(self, callback):
        self._observers.append(callback)
        return lambda: self._observers.remove(callback)

    def _notify(self, attr, old, new):
        for callback in list(self._observers):
            callback(self, attr, old, new)


class Widget:
    def __init__(self, widget_id):
        self.widget_id = widget_id


class Button(Widget, ObservableMixin):
    def __init__(self, widget_id, label):
        super().__init__(widget_id)
        self.label = label
        self.clicks = 0

    def click(self):
        self.clicks += 1
        self._notify("clicks", self.clicks - 1, self.clicks)


class Slider(Widget, ObservableMixin):
    def __init__(self, widget_id, value=0):
        super().__init__(widget_id)
        self.value = value

    def move(self, value):
        old, self.value = self.value, value
        self._notify("value", old, value)


if __name__ == "__main__":
    volume_changes = []
    submit = Button("submit", "Send")
    volume = Slider("volume", 5)
    volume.subscribe(lambda w, attr, old, new: volume_changes.append((w.widget_id, new)))

    volume.move(7)
    assert volume_changes == [("volume", 7)]

    submit.click()
    assert ("submit", 1) in volume_changes
    print("BUG SHOWN")
