from .catalog import CATALOGUE
from .orders import packing_slips


def main() -> None:
    first_order = packing_slips([
        {"sku": "B-ROSE12", "wrap": "silk organza", "message": "Happy anniversary, Jo"},
    ])
    second_order = packing_slips([
        {"sku": "B-TULIP20"},
        {"sku": "P-ORCHID"},
    ])
    for slip in first_order + second_order:
        print(slip)

    plain_tulips = second_order[0]
    fresh_orchid = CATALOGUE["P-ORCHID"]()
    if plain_tulips["wrap"] != "kraft paper" or fresh_orchid.style("card") != "plain":
        print(f"unpersonalised tulips packed as {plain_tulips['wrap']!r} "
              f"with card {plain_tulips['card']!r}")
        print("BUG SHOWN")
        return
    print("packing slips correct")


if __name__ == "__main__":
    main()
