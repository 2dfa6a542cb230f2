class PumpMonitor:
    def __init__(self, rulebook, pager):
        self.rulebook = rulebook
        self.pager = pager

    def ingest(self, reading):
        fired = self.rulebook.evaluate(reading)
        for severity in fired:
            self.pager.append((reading.unit, severity))
        return fired
