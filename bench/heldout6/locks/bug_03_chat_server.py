import queue
import threading


class Room:
    def __init__(self, name):
        self.name = name
        self.history = []
        self.next_seq = 1


class ClientSession:
    def __init__(self, nick, room, on_deliver):
        self.nick = nick
        self.room = room
        self.on_deliver = on_deliver
        self._lock = threading.Lock()

    def _format(self, seq, text):
        return {"seq": seq, "from": self.nick, "text": text}

    def post(self, text):
        with self._lock:
            seq = self.room.next_seq
            message = self._format(seq, text)
            self.on_deliver(self.room, message)
            self.room.history.append(message)
            self.room.next_seq = seq + 1
        return message


class ConnectionHandler(threading.Thread):
    def __init__(self, nick, room, inbox, on_deliver):
        super().__init__(name=f"conn-{nick}")
        self.session = ClientSession(nick, room, on_deliver)
        self.inbox = inbox

    def run(self):
        while True:
            line = self.inbox.get()
            if line is None:
                break
            self.session.post(line)


def main():
    room = Room("#general")
    fanout = threading.Barrier(2)
    delivered = []

    def deliver(room, message):
        delivered.append(message["seq"])
        fanout.wait(timeout=5)

    handlers = []
    for nick in ("ana", "bo"):
        inbox = queue.Queue()
        inbox.put(f"hi from {nick}")
        inbox.put(None)
        handlers.append(ConnectionHandler(nick, room, inbox, deliver))
    for h in handlers:
        h.start()
    for h in handlers:
        h.join()
    seqs = [m["seq"] for m in room.history]
    assert len(seqs) == 2 and seqs[0] == seqs[1] == 1, seqs
    assert room.next_seq == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
