class AudioDevice:
    claimed = {}

    @classmethod
    def claim(cls, name, owner):
        cls.claimed[name] = owner
        return cls(name)

    def __init__(self, name):
        self.name = name

    def release(self):
        AudioDevice.claimed.pop(self.name, None)
