from .stages import grayscale_stage, resize_stage


class Pipeline:
    def __init__(self, name):
        self.name = name
        self.stages = []

    def then(self, stage):
        self.stages.append(stage)
        return self

    def process(self, image):
        for stage in self.stages:
            image = stage(image)
        return image


def thumbnail_pipeline():
    return Pipeline("thumbnail").then(resize_stage(128)).then(grayscale_stage())


def preview_pipeline():
    return Pipeline("preview").then(resize_stage(1024))
