"""Lot catalogue and bidding for an art gallery's evening auction.

Each sale category (paintings, sculpture, prints) keeps its own register of
lots, and each lot keeps its own bid history and display options, starting
from category-wide defaults that curators can override per lot.
"""
from types import MappingProxyType
from typing import ClassVar, Dict, List, Mapping, Tuple


class AuctionError(Exception):
    pass


class Lot:
    buyers_premium = 0.25
    DISPLAY_DEFAULTS: ClassVar[Mapping[str, str]] = MappingProxyType(
        {"lighting": "warm", "plinth": "none", "label": "standard"}
    )
    register: ClassVar[Dict[int, "Lot"]] = {}

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.register = {}

    def __init__(self, number: int, title: str, reserve: int):
        self.number = number
        self.title = title
        self.reserve = reserve
        self.bids: List[Tuple[str, int]] = []
        self.display: Dict[str, str] = dict(self.DISPLAY_DEFAULTS)
        cls = type(self)
        if number in cls.register:
            raise AuctionError(f"{cls.__name__} lot {number} already catalogued")
        cls.register[number] = self

    def bid(self, paddle: str, amount: int) -> None:
        if self.bids and amount <= self.bids[-1][1]:
            raise AuctionError(f"bid {amount} does not beat {self.bids[-1][1]}")
        self.bids.append((paddle, amount))

    def hammer(self) -> str:
        if not self.bids or self.bids[-1][1] < self.reserve:
            return f"lot {self.number} {self.title}: passed"
        paddle, amount = self.bids[-1]
        total = round(amount * (1 + self.buyers_premium))
        return f"lot {self.number} {self.title}: sold to {paddle} for {total}"


class Painting(Lot):
    DISPLAY_DEFAULTS = MappingProxyType({**Lot.DISPLAY_DEFAULTS, "lighting": "gallery spot"})


class Sculpture(Lot):
    buyers_premium = 0.2
    DISPLAY_DEFAULTS = MappingProxyType({**Lot.DISPLAY_DEFAULTS, "plinth": "oak"})


class Print(Lot):
    pass


def main() -> None:
    harbour = Painting(1, "Harbour at Dusk", reserve=8000)
    bronze = Sculpture(1, "Heron in Bronze", reserve=12000)
    etching = Print(1, "Old Bridge, etching", reserve=400)
    Painting(2, "Study of Pears", reserve=1500)

    harbour.display["label"] = "illuminated, artist bio"
    harbour.bid("P-17", 7500)
    harbour.bid("P-04", 9000)
    bronze.bid("P-22", 11000)
    etching.bid("P-09", 450)

    for lot in (harbour, bronze, etching):
        print(lot.hammer())

    assert sorted(Painting.register) == [1, 2]
    assert list(Sculpture.register) == [1] and list(Print.register) == [1]
    assert Lot.register == {}
    assert bronze.display == {"lighting": "warm", "plinth": "oak", "label": "standard"}
    assert etching.display["label"] == "standard"
    assert Painting.register[2].bids == [] and etching.bids == [("P-09", 450)]
    print("OK")


if __name__ == "__main__":
    main()
