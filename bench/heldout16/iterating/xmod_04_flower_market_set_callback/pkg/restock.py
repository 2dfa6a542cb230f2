SUBSTITUTES = {"tulip": "ranunculus", "peony": "garden rose", "lily": "alstroemeria"}


def substitute_on_sale(stall, flower):
    replacement = SUBSTITUTES.get(flower)
    if replacement and replacement not in stall.flowers:
        stall.flowers.add(replacement)
        stall.stock[replacement] = 5


def install(stall):
    stall.on_sold_out.append(substitute_on_sale)
