import gc

RELEASED = []


class GameLoop:
    def __init__(self):
        self.update_hooks = []
        self.frame = 0

    def on_update(self, fn):
        self.update_hooks.append(fn)

    def step(self, dt):
        self.frame += 1
        for hook in list(self.update_hooks):
            hook(dt)


class ParticleEmitter:
    def __init__(self, name, rate):
        self.name = name
        self.rate = rate
        self.particles = 0
        self._tick = self.update

    def update(self, dt):
        self.particles += int(self.rate * dt)

    def attach(self, loop):
        loop.on_update(self._tick)

    def __del__(self):
        RELEASED.append(self.name)


def main():
    gc.disable()
    try:
        loop = GameLoop()
        sparks = ParticleEmitter("sparks", rate=120)
        sparks.attach(loop)
        loop.step(0.5)
        assert sparks.particles == 60
        loop.update_hooks.clear()
        del sparks
        assert RELEASED == [], RELEASED
        gc.collect()
        assert RELEASED == ["sparks"], RELEASED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
