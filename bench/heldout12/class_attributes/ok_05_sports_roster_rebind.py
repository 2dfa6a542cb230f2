class Team:
    roster = ()
    max_roster = 23
    league = "Premier"

    def __init__(self, name, city):
        self.name = name
        self.city = city

    def sign(self, player):
        if len(self.roster) >= self.max_roster:
            raise ValueError("roster full")
        if player in self.roster:
            return False
        self.roster = self.roster + (player,)
        return True

    def release(self, player):
        self.roster = tuple(p for p in self.roster if p != player)


class League:
    def __init__(self, teams):
        self.teams = {t.name: t for t in teams}

    def transfer(self, player, src, dst):
        self.teams[src].release(player)
        return self.teams[dst].sign(player)


def main():
    rovers = Team("Rovers", "Bristol")
    united = Team("United", "Leeds")
    league = League([rovers, united])
    rovers.sign("Adeyemi")
    rovers.sign("Kowalski")
    united.sign("Moreau")
    assert league.transfer("Kowalski", "Rovers", "United")
    assert rovers.roster == ("Adeyemi",)
    assert united.roster == ("Moreau", "Kowalski")
    assert Team.roster == ()
    print("OK")


if __name__ == "__main__":
    main()
