import gc

RELEASED_SPRITES = []


class GameLoop:
    def __init__(self):
        self.entities = []
        self.frame = 0

    def spawn(self, entity):
        self.entities.append(entity)
        return entity

    def despawn(self, entity):
        self.entities.remove(entity)

    def step(self, dt):
        self.frame += 1
        for entity in list(self.entities):
            entity.update(dt)


class Entity:
    def __init__(self, name, sprite_id):
        self.name = name
        self.sprite_id = sprite_id
        self.x = 0.0
        self._systems = []
        self.attach(self.integrate)

    def attach(self, system):
        self._systems.append(system)

    def integrate(self, dt):
        self.x += 10.0 * dt

    def update(self, dt):
        for system in self._systems:
            system(dt)

    def __del__(self):
        RELEASED_SPRITES.append(self.sprite_id)


if __name__ == "__main__":
    gc.disable()
    try:
        loop = GameLoop()
        goblin = loop.spawn(Entity("goblin", sprite_id=31))
        loop.step(0.5)
        assert goblin.x == 5.0
        loop.despawn(goblin)
        del goblin
        assert RELEASED_SPRITES == []
        gc.collect()
        assert RELEASED_SPRITES == [31]
    finally:
        gc.enable()
    print("BUG SHOWN")
