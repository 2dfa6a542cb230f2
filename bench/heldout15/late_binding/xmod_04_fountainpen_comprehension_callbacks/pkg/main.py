from .workshop import Workshop


def main():
    shop = Workshop()
    shop.receive("Amara", "Parker 51", "dry sac")
    shop.receive("Bertil", "Sheaffer Snorkel", "dry sac")
    shop.receive("Chen", "Pelikan M400", "bent nib")
    shop.receive("Dora", "Waterman 52", "cracked cap")
    shop.plan_day()
    for line in shop.close_up():
        print(line)
    unrepaired = [p.owner for p in shop.intake if not p.repaired]
    if unrepaired:
        print("still waiting:", unrepaired)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
