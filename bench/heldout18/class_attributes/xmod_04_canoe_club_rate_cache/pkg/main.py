from .craft import Canoe, Kayak, Paddleboard


def price_list(fleet, hours):
    return {boat.name: boat.quote(hours) for boat in fleet}


def main():
    fleet = [Canoe("Tern", 2), Kayak("Puffin", 1), Paddleboard("Skua", 1)]
    prices = price_list(fleet, 3)
    print("3h prices:", prices)
    expected = {"Tern": 35.0, "Puffin": 22.5, "Skua": 18.75}
    if prices != expected and len(set(prices.values())) == 1:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
