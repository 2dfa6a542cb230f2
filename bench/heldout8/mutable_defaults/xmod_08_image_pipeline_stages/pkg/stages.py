class Image:
    def __init__(self, name, width, height):
        self.name = name
        self.width = width
        self.height = height
        self.history = []


def resize_stage(max_side, *, applied=[]):
    def stage(image):
        scale = min(1.0, max_side / max(image.width, image.height))
        image.width = int(image.width * scale)
        image.height = int(image.height * scale)
        applied.append(f"resize:{max_side}")
        image.history = list(applied)
        return image
    stage.label = f"resize({max_side})"
    return stage


def grayscale_stage():
    def stage(image):
        image.history.append("grayscale")
        return image
    stage.label = "grayscale"
    return stage
