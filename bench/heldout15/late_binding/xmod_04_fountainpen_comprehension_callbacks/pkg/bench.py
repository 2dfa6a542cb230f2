class Pen:
    def __init__(self, owner, make, fault):
        self.owner = owner
        self.make = make
        self.fault = fault
        self.repaired = False


PART_FOR_FAULT = {
    "dry sac": "latex sac",
    "bent nib": "nib straightening",
    "cracked cap": "cap band",
}


def repair(pen):
    part = PART_FOR_FAULT[pen.fault]
    pen.repaired = True
    return f"{pen.owner}'s {pen.make}: {part}"
