import bisect


class CueStack:
    def __init__(self):
        self._times = []
        self._actions = []
        self.position = 0

    def at(self, seconds, label=None):
        def register(action):
            index = bisect.bisect_right(self._times, seconds)
            self._times.insert(index, seconds)
            self._actions.insert(index, (label or action.__name__, action))
            return action
        return register

    def go(self):
        label, action = self._actions[self.position]
        self.position += 1
        action()
        return label

    def run_to_end(self):
        fired = []
        while self.position < len(self._actions):
            fired.append(self.go())
        return fired
