class MapLayer:
    style = {"stroke": "#333333", "width": 1, "fill": None}
    z_index = 0

    def __init__(self, features):
        self.features = features

    @classmethod
    def configure(cls, **overrides):
        cls.style.update(overrides)
        return cls

    def render(self):
        return [f"{feature}:{self.style['stroke']}:{self.style['width']}" for feature in self.features]


class RoadLayer(MapLayer):
    z_index = 2


class WaterLayer(MapLayer):
    z_index = 1


class BoundaryLayer(MapLayer):
    z_index = 3


class StyleSheet:
    def __init__(self, rules):
        self.rules = rules

    def apply(self, layer_classes):
        for layer_cls in layer_classes:
            layer_cls.configure(**self.rules.get(layer_cls.__name__, {}))


def main():
    sheet = StyleSheet({
        "WaterLayer": {"stroke": "#1f78b4", "fill": "#a6cee3"},
        "RoadLayer": {"stroke": "#e31a1c", "width": 3},
    })
    sheet.apply([WaterLayer, RoadLayer, BoundaryLayer])
    lake = WaterLayer(["lake-geneva"]).render()
    assert lake == ["lake-geneva:#e31a1c:3"], lake
    assert BoundaryLayer.style["fill"] == "#a6cee3"
    assert MapLayer.style is RoadLayer.style
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
