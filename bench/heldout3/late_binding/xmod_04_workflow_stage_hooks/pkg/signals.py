from collections import defaultdict


class SignalHub:
    def __init__(self):
        self._receivers = defaultdict(list)

    def connect(self, signal, receiver):
        self._receivers[signal].append(receiver)

    def send(self, signal, sender):
        return [receiver(sender) for receiver in self._receivers[signal]]
