"""Plugin registry for an image-processing pipeline."""
from collections import OrderedDict

PLUGIN_TABLE = OrderedDict()


def register(name):
    def decorator(cls):
        PLUGIN_TABLE[name] = cls
        return cls
    return decorator


@register("grayscale")
class GrayscaleFilter(BaseFilter):
    priority = 10

    def apply(self, pixels):
        return [int(0.3 * r + 0.59 * g + 0.11 * b) for r, g, b in pixels]


class BaseFilter:
    priority = 100

    def __init__(self, **options):
        self.options = options

    def apply(self, pixels):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} priority={self.priority}>"


@register("invert")
class InvertFilter(BaseFilter):
    def apply(self, pixels):
        return [(255 - r, 255 - g, 255 - b) for r, g, b in pixels]


if __name__ == "__main__":
    sample = [(10, 20, 30), (200, 100, 50)]
    for name, plugin_cls in sorted(PLUGIN_TABLE.items(), key=lambda kv: kv[1].priority):
        print(name, plugin_cls(), plugin_cls().apply(sample))
