RELEASED = []


class Resource:
    def __init__(self, name):
        self.name = name
        self.acquired = True

    def release(self):
        if self.acquired:
            self.acquired = False
            RELEASED.append(self.name)

    def __del__(self):
        self.release()
