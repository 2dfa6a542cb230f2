class Component:
    def __init__(self, name):
        self.name = name

    def update(self, entity, dt):
        pass


class Velocity(Component):
    def __init__(self, dx, dy):
        super().__init__("velocity")
        self.dx, self.dy = dx, dy

    def update(self, entity, dt):
        entity.x += self.dx * dt
        entity.y += self.dy * dt


class Entity:
    components = []
    tags = set()

    def __init__(self, name, x=0.0, y=0.0):
        self.name = name
        self.x = x
        self.y = y

    def attach(self, component):
        self.components.append(component)
        return self

    def tag(self, *labels):
        self.tags.update(labels)
        return self

    def tick(self, dt):
        for component in self.components:
            component.update(self, dt)


class World:
    def __init__(self):
        self.entities = []

    def spawn(self, name, **pos):
        entity = Entity(name, **pos)
        self.entities.append(entity)
        return entity

    def step(self, dt):
        for entity in self.entities:
            entity.tick(dt)


def main():
    world = World()
    world.spawn("player").attach(Velocity(2.0, 0.0)).tag("controllable")
    crate = world.spawn("crate", x=10.0, y=5.0).tag("static")
    world.step(1.0)

    assert crate.x == 12.0, crate.x
    assert "controllable" in crate.tags
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
