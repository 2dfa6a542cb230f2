def thumbnail(size):
    def step(image):
        scale = size / max(image.width, image.height)
        return image.with_op("thumbnail", width=int(image.width * scale), height=int(image.height * scale))
    return step


def grayscale(image):
    return image.with_op("grayscale")


def watermark(image):
    return image.with_op("watermark")
