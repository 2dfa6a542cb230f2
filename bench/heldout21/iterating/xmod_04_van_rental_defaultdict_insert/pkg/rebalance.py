"""Move spare vans to each branch's partner depot at the end of the day."""

PARTNERS = {
    "Leeds": "York",
    "York": "Hull",
    "Hull": "Leeds",
    "Bradford": "Halifax",
}


def partner_of(branch):
    return PARTNERS[branch]


def spare_capacity(fleet, branch, minimum):
    return max(0, len(fleet.vans_at(branch)) - minimum)


def rebalance(fleet, minimum=2):
    moves = []
    for branch in fleet.branches():
        partner = partner_of(branch)
        if len(fleet.vans_at(partner)) < minimum and spare_capacity(fleet, branch, minimum):
            van = fleet.vans_at(branch).pop()
            fleet.add(partner, van)
            moves.append((van, branch, partner))
    return moves
