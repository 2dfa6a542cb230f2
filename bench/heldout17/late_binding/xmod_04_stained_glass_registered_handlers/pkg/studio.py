from .kiln import Kiln


class Panel:
    def __init__(self, panel_id, window, colours):
        self.panel_id = panel_id
        self.window = window
        self.colours = colours
        self.fired_at = None


class Studio:
    def __init__(self, commission):
        self.commission = commission
        self.kiln = Kiln("Paragon")
        self.finished = []

    def _mark_fired(self, panel, temperature):
        panel.fired_at = temperature
        self.finished.append(panel.panel_id)
        return panel.panel_id

    def schedule(self, panels):
        for panel in panels:
            self.kiln.when_fired(panel.panel_id, lambda t: self._mark_fired(panel, t))
