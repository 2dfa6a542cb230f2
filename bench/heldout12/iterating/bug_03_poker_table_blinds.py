class Player:
    def __init__(self, name, stack):
        self.name = name
        self.stack = stack

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Player) and other.name == self.name


class Table:
    def __init__(self, table_no):
        self.table_no = table_no
        self.seated = set()
        self.eliminated = []
        self.pot = 0

    def seat(self, player):
        self.seated.add(player)

    def bust(self, player):
        self.seated.discard(player)
        self.eliminated.append(player.name)

    def players_in_hand(self):
        for player in self.seated:
            if player.stack > 0:
                yield player


class Tournament:
    def __init__(self, table, big_blind):
        self.table = table
        self.big_blind = big_blind

    def post_antes(self, ante):
        for player in self.table.players_in_hand():
            paid = min(ante, player.stack)
            player.stack -= paid
            self.table.pot += paid
            if player.stack == 0:
                self.table.bust(player)


def main():
    table = Table(3)
    for name, chips in [("Ivey", 40), ("Negreanu", 5), ("Hellmuth", 900), ("Selbst", 3)]:
        table.seat(Player(name, chips))
    try:
        Tournament(table, big_blind=100).post_antes(25)
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        assert len(table.eliminated) == 1
        print("BUG SHOWN")
        return
    raise AssertionError("antes posted without error")


if __name__ == "__main__":
    main()
