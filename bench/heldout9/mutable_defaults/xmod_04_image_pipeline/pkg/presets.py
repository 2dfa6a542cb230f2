from .pipeline import Pipeline
from .steps import grayscale, thumbnail, watermark


def avatar_pipeline():
    return Pipeline("avatar").then(thumbnail(128)).then(grayscale)


def gallery_pipeline():
    return Pipeline("gallery").then(watermark)
