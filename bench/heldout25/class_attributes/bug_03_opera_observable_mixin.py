"""Box office and rehearsal scheduling for an opera house.

Productions and rehearsals publish changes (seats sold, call times moved)
to whoever subscribed to them: the box office ledger, the stage manager's
call sheet, the press office.
"""
import logging

log = logging.getLogger("opera.events")


class ObservableMixin:
    _subscribers = []

    def subscribe(self, callback):
        self._subscribers.append(callback)
        return callback

    def publish(self, event, **details):
        for callback in self._subscribers:
            callback(self, event, details)


class Production(ObservableMixin):
    def __init__(self, title, capacity):
        self.title = title
        self.capacity = capacity
        self.sold = 0

    def sell(self, seats):
        seats = min(seats, self.capacity - self.sold)
        self.sold += seats
        self.publish("seats_sold", seats=seats)
        return seats


class Rehearsal(ObservableMixin):
    def __init__(self, production_title, room, call_time):
        self.title = production_title
        self.room = room
        self.call_time = call_time

    def move(self, new_time):
        old, self.call_time = self.call_time, new_time
        self.publish("call_moved", old=old, new=new_time)


class BoxOfficeLedger:
    def __init__(self):
        self.entries = []

    def __call__(self, source, event, details):
        log.debug("box office saw %s from %s", event, source.title)
        self.entries.append((source.title, event, details))

    def revenue(self, price):
        return sum(d.get("seats", 0) for _, _, d in self.entries) * price


class CallSheet:
    def __init__(self):
        self.changes = []

    def __call__(self, source, event, details):
        self.changes.append((source.title, event))


def main():
    tosca = Production("Tosca", capacity=1200)
    carmen_rehearsal = Rehearsal("Carmen", room="Studio B", call_time="10:00")

    box_office = tosca.subscribe(BoxOfficeLedger())
    call_sheet = carmen_rehearsal.subscribe(CallSheet())

    tosca.sell(4)
    tosca.sell(2)
    carmen_rehearsal.move("11:30")

    print("box office entries:", box_office.entries)
    print("call sheet changes:", call_sheet.changes)

    foreign = [e for e in box_office.entries if e[0] != "Tosca"]
    foreign += [c for c in call_sheet.changes if c[0] != "Carmen"]
    if foreign:
        print("subscribers received events from objects they never subscribed to")
        print("BUG SHOWN")
    else:
        print("event routing is correct")


if __name__ == "__main__":
    main()
