"""Parcel types are generated per carrier from their size tables."""


def parcel_type(carrier, limits):
    class Parcel:
        CARRIER = carrier
        LIMITS = limits

        def __init__(self, ref, dims_cm):
            self.ref = ref
            self.dims = tuple(sorted(dims_cm))

        def fits(self, slot):
            return all(d <= s for d, s in zip(self.dims, sorted(slot)))

        def __repr__(self):
            return f"{self.CARRIER}:{self.ref}"

    return Parcel


ParcelFast = parcel_type("FastPost", (60, 40, 40))
