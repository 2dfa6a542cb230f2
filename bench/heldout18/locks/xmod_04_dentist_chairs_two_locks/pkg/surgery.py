class Surgery:
    def __init__(self, chairs):
        self.chairs = chairs
        self.seated = 0
        self.visits = 0

    def free_chairs(self):
        return self.chairs - self.seated
