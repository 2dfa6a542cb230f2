"""Puppet theatre: marionettes hang from a control bar; the bar frees its hook when dropped."""

import gc
import weakref

gc.disable()


class Rigging:
    def __init__(self, hooks):
        self.free_hooks = list(hooks)
        self.freed = []

    def take_hook(self):
        return self.free_hooks.pop()

    def free_hook(self, hook):
        self.free_hooks.append(hook)
        self.freed.append(hook)


class Cue:
    def __init__(self):
        self._callbacks = []

    def on(self, bound_method):
        self._callbacks.append(weakref.WeakMethod(bound_method))

    def fire(self, name):
        for ref in list(self._callbacks):
            method = ref()
            if method is not None:
                method(name)


class Marionette:
    def __init__(self, name, bar):
        self.name = name
        self._bar = weakref.ref(bar)
        self.moves = []

    @property
    def bar(self):
        return self._bar()

    def move(self, gesture):
        self.moves.append(f"{self.bar.label}: {self.name} {gesture}")


class ControlBar:
    def __init__(self, label, rigging, cue):
        self.label = label
        self.rigging = rigging
        self.hook = rigging.take_hook()
        self.puppets = []
        cue.on(self.perform)

    def attach(self, name):
        puppet = Marionette(name, self)
        self.puppets.append(puppet)
        return puppet

    def perform(self, gesture):
        for puppet in self.puppets:
            puppet.move(gesture)

    def __del__(self):
        self.rigging.free_hook(self.hook)


def main():
    rigging = Rigging(["hook-1", "hook-2"])
    cue = Cue()
    bar = ControlBar("left wing", rigging, cue)
    judy = bar.attach("Judy")
    bar.attach("Punch")
    cue.fire("bows")
    hook = bar.hook
    print(judy.moves)
    del bar
    assert hook in rigging.freed, rigging.freed
    assert judy.bar is None
    cue.fire("exits")
    print("OK")


if __name__ == "__main__":
    main()
