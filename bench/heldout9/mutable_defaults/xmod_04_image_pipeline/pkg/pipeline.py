class Image:
    def __init__(self, width, height, ops=()):
        self.width = width
        self.height = height
        self.ops = tuple(ops)

    def with_op(self, name, **size):
        return Image(size.get("width", self.width), size.get("height", self.height), self.ops + (name,))


class Pipeline:
    def __init__(self, name, steps=[]):
        self.name = name
        self.steps = steps

    def then(self, step):
        self.steps.append(step)
        return self

    def run(self, image):
        for step in self.steps:
            image = step(image)
        return image
