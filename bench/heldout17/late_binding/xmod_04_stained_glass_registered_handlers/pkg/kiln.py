class Kiln:
    """Fires glass panels and tells registered stages when each panel is done."""

    def __init__(self, name):
        self.name = name
        self._on_fired = {}

    def when_fired(self, panel_id, callback):
        self._on_fired.setdefault(panel_id, []).append(callback)

    def fire(self, panel_id, temperature):
        return [cb(temperature) for cb in self._on_fired.get(panel_id, [])]
