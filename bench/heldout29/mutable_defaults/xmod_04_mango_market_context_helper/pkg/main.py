from .pricing import quote


def main():
    wholesale = quote("alphonso", 12, "north")
    stall = quote("kent", 3, "south")
    print("wholesale:", wholesale)
    print("stall:", stall)
    if stall["region"] != "south":
        print(f"south stall quoted with region {stall['region']!r} "
              f"and a bulk discount it never earned")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
