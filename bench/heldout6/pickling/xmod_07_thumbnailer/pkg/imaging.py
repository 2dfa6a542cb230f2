from .stages import stage


class Raster:
    def __init__(self, width, height, pixels=None):
        self.width = width
        self.height = height
        self.pixels = pixels or [[(x + y) % 256 for x in range(width)] for y in range(height)]


@stage("downscale", retries=1)
def downscale(raster, factor):
    rows = raster.pixels[::factor]
    pixels = [row[::factor] for row in rows]
    return Raster(len(pixels[0]), len(pixels), pixels)


@stage("grayscale-histogram")
def histogram(raster, buckets=4):
    counts = [0] * buckets
    for row in raster.pixels:
        for value in row:
            counts[value * buckets // 256] += 1
    return counts
