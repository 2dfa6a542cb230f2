"""Rack inventory for a colocation data center.

Each rack family (compute, storage, network) keeps an inventory of installed
devices keyed by rack unit.  Capacity planning asks each family how many
units are free before a new customer deployment is scheduled.
"""
from typing import Dict, List, Tuple


class CapacityError(Exception):
    pass


class RackFamily:
    """Base class: one inventory per rack family, managed via classmethods."""

    units_per_rack = 42
    racks = 1
    installed: Dict[Tuple[int, int], str] = {}
    power_budget_kw = 10.0

    @classmethod
    def capacity(cls) -> int:
        return cls.units_per_rack * cls.racks

    @classmethod
    def free_units(cls) -> int:
        return cls.capacity() - len(cls.installed)

    @classmethod
    def install(cls, rack: int, unit: int, device: str) -> None:
        if (rack, unit) in cls.installed:
            raise CapacityError(f"{cls.__name__}: rack {rack} U{unit} already holds "
                                f"{cls.installed[(rack, unit)]}")
        cls.installed[(rack, unit)] = device

    @classmethod
    def bulk_install(cls, rack: int, devices: List[str], start_unit: int = 1) -> None:
        for offset, device in enumerate(devices):
            cls.install(rack, start_unit + offset, device)


class ComputeRacks(RackFamily):
    racks = 2
    power_budget_kw = 17.5


class StorageRacks(RackFamily):
    racks = 1
    units_per_rack = 48


class NetworkRacks(RackFamily):
    units_per_rack = 24


def plan_deployment(family: type, rack: int, devices: List[str]) -> str:
    if family.free_units() < len(devices):
        return f"{family.__name__}: insufficient space"
    try:
        family.bulk_install(rack, devices)
    except CapacityError as exc:
        return f"rejected: {exc}"
    return f"{family.__name__}: installed {len(devices)} device(s) in rack {rack}"


def main() -> None:
    outcomes = [
        plan_deployment(ComputeRacks, 1, [f"node-{i:02d}" for i in range(1, 9)]),
        plan_deployment(StorageRacks, 1, ["jbod-a", "jbod-b"]),
        plan_deployment(NetworkRacks, 1, ["spine-1", "leaf-1"]),
    ]
    for line in outcomes:
        print(line)
    report = {fam.__name__: fam.free_units() for fam in (ComputeRacks, StorageRacks, NetworkRacks)}
    print(f"free units: {report}")

    expected = {"ComputeRacks": 84 - 8, "StorageRacks": 48 - 2, "NetworkRacks": 24 - 2}
    if report != expected or any(line.startswith("rejected") for line in outcomes):
        print(f"expected {expected}")
        print("BUG SHOWN")
        return
    print("inventory consistent")


if __name__ == "__main__":
    main()
