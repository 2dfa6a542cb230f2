"""Synchronous signals, Django-style: receivers are called in connect order."""


class Signal:
    def __init__(self, name):
        self.name = name
        self._receivers = []

    def connect(self, receiver, once=False):
        if once:
            def one_shot(**payload):
                self.disconnect(one_shot)
                return receiver(**payload)
            self._receivers.append(one_shot)
            return one_shot
        self._receivers.append(receiver)
        return receiver

    def disconnect(self, receiver):
        self._receivers.remove(receiver)

    def send(self, **payload):
        responses = []
        for receiver in self._receivers:
            responses.append(receiver(**payload))
        return responses

    def receiver_count(self):
        return len(self._receivers)
