import threading

from .stats import StatsMixin


class Image:
    def __init__(self, name, width, height):
        self.name = name
        self.width = width
        self.height = height

    @property
    def nbytes(self):
        return self.width * self.height * 3


def thumbnail(image, max_side):
    scale = max_side / max(image.width, image.height)
    return Image(image.name + ".thumb", int(image.width * scale), int(image.height * scale))


class ResizeWorker(StatsMixin, threading.Thread):
    def __init__(self, images, max_side, progress):
        super().__init__(name="resize-worker")
        self.images = images
        self.max_side = max_side
        self.progress = progress
        self.outputs = []

    def report_progress(self, images_done):
        self.progress(self.name, images_done)

    def run(self):
        for image in self.images:
            thumb = thumbnail(image, self.max_side)
            self.outputs.append(thumb)
            self.record(thumb.nbytes)
