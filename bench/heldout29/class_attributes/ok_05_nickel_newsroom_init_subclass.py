"""Nickel newsroom: desk registry for a small news CMS.

Each desk class gets its own story-handler registry through
__init_subclass__, and per-story mutable state lives on the instance.
Class-level defaults are immutable.
"""
from types import MappingProxyType


class Desk:
    default_labels = ("draft",)
    default_limits = MappingProxyType({"words": 800, "images": 2})

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.handlers = {}

    @classmethod
    def handler(cls, kind):
        def register(func):
            cls.handlers[kind] = func
            return func
        return register

    def __init__(self, editor, **limits):
        self.editor = editor
        self.labels = list(self.default_labels)
        self.limits = {**self.default_limits, **limits}

    def label(self, text):
        self.labels.append(text)

    def file(self, kind, story):
        return type(self).handlers[kind](self, story)


class CityDesk(Desk):
    pass


class SportsDesk(Desk):
    pass


@CityDesk.handler("brief")
def city_brief(desk, story):
    return f"{desk.editor}: city brief '{story}' (max {desk.limits['words']} words)"


@SportsDesk.handler("result")
def sports_result(desk, story):
    return f"{desk.editor}: result '{story}'"


def main():
    city = CityDesk("Nadia", words=400)
    sports = SportsDesk("Ned")
    city.label("urgent")
    assert list(CityDesk.handlers) == ["brief"], CityDesk.handlers
    assert list(SportsDesk.handlers) == ["result"], SportsDesk.handlers
    assert sports.labels == ["draft"] and city.labels == ["draft", "urgent"]
    assert sports.limits["words"] == 800 and city.limits["words"] == 400
    assert Desk.default_limits["words"] == 800
    print(city.file("brief", "Nickel mine reopens"))
    print(sports.file("result", "Newsroom XI 2-1 Printers"))
    print("OK")


if __name__ == "__main__":
    main()
