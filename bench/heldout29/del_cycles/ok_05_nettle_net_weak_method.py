"""Nettle net: irrigation valves on a nettle farm's sensor network.

Each valve controller owns a radio link and asks it to call back on
incoming commands.  The link keeps only a weakref.WeakMethod to the
controller's handler, so the controller is freed (and its valve closed
by __del__) as soon as the last outside reference goes, with no need
for the cyclic garbage collector.
"""
import gc
import weakref

CLOSED_VALVES = []


class RadioLink:
    def __init__(self, channel):
        self.channel = channel
        self._handlers = []

    def on_command(self, bound_method):
        self._handlers.append(weakref.WeakMethod(bound_method))

    def deliver(self, command):
        handled = 0
        for ref in list(self._handlers):
            handler = ref()
            if handler is None:
                self._handlers.remove(ref)
                continue
            handler(command)
            handled += 1
        return handled


class ValveController:
    def __init__(self, valve_id, link):
        self.valve_id = valve_id
        self.open = False
        self.log = []
        self.link = link
        self.link.on_command(self._handle)
        self._tick = weakref.WeakMethod(self._heartbeat)

    def _handle(self, command):
        self.log.append(command)
        self.open = command == "open"

    def _heartbeat(self):
        return f"{self.valve_id}:{'open' if self.open else 'closed'}"

    def status(self):
        beat = self._tick()
        return beat() if beat is not None else None

    def __del__(self):
        CLOSED_VALVES.append(self.valve_id)


def water_bed(link, valve_id):
    valve = ValveController(valve_id, link)
    link.deliver("open")
    return valve.status()


def main():
    link = RadioLink(channel=11)
    gc.disable()
    try:
        status = water_bed(link, "NV-1")
        closed_before_gc = list(CLOSED_VALVES)
        remaining = link.deliver("close")
    finally:
        gc.enable()
    assert status == "NV-1:open", status
    assert closed_before_gc == ["NV-1"], closed_before_gc
    assert remaining == 0 and link._handlers == []
    print(f"status while watering: {status}; closed right after: {closed_before_gc}")
    print("OK")


if __name__ == "__main__":
    main()
