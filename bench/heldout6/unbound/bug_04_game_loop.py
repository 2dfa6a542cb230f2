import functools


def every_n_frames(n):
    def decorator(system):
        frame = 0

        @functools.wraps(system)
        def run(world, dt):
            if frame % n == 0:
                system(world, dt * n)
            frame += 1

        return run

    return decorator


class World:
    def __init__(self):
        self.entities = [{"x": 0.0, "vx": 2.0, "hp": 10}]
        self.ticks = 0


def movement(world, dt):
    for ent in world.entities:
        ent["x"] += ent["vx"] * dt


@every_n_frames(4)
def regeneration(world, dt):
    for ent in world.entities:
        ent["hp"] = min(20, ent["hp"] + 1)


class GameLoop:
    def __init__(self, world, systems, fixed_dt=1 / 60):
        self.world = world
        self.systems = list(systems)
        self.fixed_dt = fixed_dt

    def step(self):
        for system in self.systems:
            system(self.world, self.fixed_dt)
        self.world.ticks += 1

    def run(self, frames):
        for _ in range(frames):
            self.step()


def main():
    loop = GameLoop(World(), [movement, regeneration])
    try:
        loop.run(8)
    except UnboundLocalError as exc:
        assert "frame" in str(exc)
        assert loop.world.ticks == 0
        print("BUG SHOWN")
    else:
        raise AssertionError("loop ran")


if __name__ == "__main__":
    main()
