class Entity:
    def __init__(self, name, x, vx):
        self.name = name
        self.x = x
        self.vx = vx

    def update(self, dt):
        self.x += self.vx * dt


class GameLoop:
    def __init__(self, dt=0.5):
        self.dt = dt
        self.systems = []
        self.frame = 0

    def add_system(self, fn):
        self.systems.append(fn)

    def step(self):
        for system in self.systems:
            system(self.dt)
        self.frame += 1


class World:
    def __init__(self, loop):
        self.loop = loop
        self.entities = []

    def spawn_wave(self, specs):
        for name, x, vx in specs:
            entity = Entity(name, x, vx)
            self.entities.append(entity)

            def on_tick(dt):
                entity.update(dt)

            self.loop.add_system(on_tick)


loop = GameLoop()
world = World(loop)
world.spawn_wave([("goblin", 0.0, 2.0), ("orc", 10.0, 1.0), ("troll", 20.0, -4.0)])
for _ in range(2):
    loop.step()
goblin, orc, troll = world.entities
assert goblin.x == 0.0 and orc.x == 10.0
assert troll.x == 20.0 - 4.0 * 0.5 * 3 * 2
print("BUG SHOWN")
