class DimmerRig:
    def __init__(self, channels):
        self.levels = {ch: 0 for ch in channels}
        self.dmx_log = []

    def fade(self, channel, level):
        self.levels[channel] = level
        self.dmx_log.append((channel, level))
