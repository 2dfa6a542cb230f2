"""Booking model for a dog-grooming salon.

Every appointment gets a grooming kit (shampoo, blade set, towels used) that
the groomer fills in as the session goes.  The kit is later used to reorder
consumables and to warn about skin-sensitive dogs on their next visit.
"""
from dataclasses import dataclass, field
from typing import Dict, List


class GroomingKit:
    """Consumables and notes for one grooming session."""

    def __init__(self) -> None:
        self.products: List[str] = []
        self.towels = 0
        self.notes: List[str] = []

    def use(self, product: str) -> None:
        if product not in self.products:
            self.products.append(product)

    def __repr__(self) -> str:
        return f"GroomingKit(products={self.products}, towels={self.towels})"


@dataclass
class Appointment:
    dog: str
    breed: str
    service: str
    duration_min: int = 60
    tags: List[str] = field(default_factory=list)
    kit: GroomingKit = GroomingKit()


SERVICE_STEPS: Dict[str, List[str]] = {
    "full_groom": ["oatmeal shampoo", "conditioner", "#7 blade", "nail clip"],
    "bath_brush": ["oatmeal shampoo", "slicker brush"],
    "puppy_intro": ["tearless shampoo", "soft brush"],
}


class Salon:
    def __init__(self) -> None:
        self.book: List[Appointment] = []

    def schedule(self, dog: str, breed: str, service: str, **extra) -> Appointment:
        appt = Appointment(dog, breed, service, **extra)
        self.book.append(appt)
        return appt

    def perform(self, appt: Appointment) -> None:
        for product in SERVICE_STEPS[appt.service]:
            appt.kit.use(product)
        appt.kit.towels += 3 if appt.breed in {"Newfoundland", "Old English Sheepdog"} else 1
        if "sensitive" in appt.tags:
            appt.kit.notes.append("redness after clipping")

    def reorder_list(self) -> Dict[str, int]:
        counts: Dict[str, int] = {}
        for appt in self.book:
            for product in appt.kit.products:
                counts[product] = counts.get(product, 0) + 1
        return counts


def main() -> None:
    salon = Salon()
    biscuit = salon.schedule("Biscuit", "Newfoundland", "full_groom", duration_min=120)
    pip = salon.schedule("Pip", "Dachshund", "puppy_intro", tags=["sensitive"])
    salon.perform(biscuit)
    salon.perform(pip)

    print(f"Biscuit kit: {biscuit.kit}")
    print(f"Pip kit:     {pip.kit}")
    print(f"reorder: {salon.reorder_list()}")

    if "#7 blade" in pip.kit.products or biscuit.kit.notes:
        print("puppy intro record lists clipper blades and the Newfoundland "
              f"carries a skin note: {biscuit.kit.notes}")
        print("BUG SHOWN")
        return
    print("records are separate")


if __name__ == "__main__":
    main()
