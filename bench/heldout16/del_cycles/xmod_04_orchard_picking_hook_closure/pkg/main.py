from . import crew


def shift(leader, row):
    team = crew.PickingCrew(leader, row)
    team.pick(320, 4)
    return team


def main():
    team = shift("Marta", "Bramley-7")
    print(team.leader, "picked", sum(team.bins), "kg")
    del team
    if not crew.WEIGHBRIDGE:
        print("crew dismissed but the weighbridge total was never recorded")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
