from .card import Race


def main():
    first = Race("2:10 Maiden Stakes", ["Copper Kettle", "Night Owl"])
    first.settle(["Night Owl", "Copper Kettle"])
    second = Race("2:45 Handicap", ["Silver Birch", "Hopscotch"])
    second.settle(["Hopscotch", "Silver Birch"])
    print(second.name)
    print("\n".join(second.card_lines()))
    strangers = set(second.form) - set(second.runners)
    print("winners in this race:", second.winner_list())
    if strangers:
        print("2:45 form guide also lists", sorted(strangers))
        print("BUG SHOWN")
    else:
        print("form guides separate")


if __name__ == "__main__":
    main()
