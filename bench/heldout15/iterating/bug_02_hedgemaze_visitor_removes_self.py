"""Visitor tracking for a stately-home hedge maze."""


class Visitor:
    def __init__(self, ticket, name, position):
        self.ticket = ticket
        self.name = name
        self.position = position
        self.maze = None
        self.moves = 0

    def step(self, dx, dy):
        x, y = self.position
        self.position = (x + dx, y + dy)
        self.moves += 1

    def leave(self):
        if self.maze is not None:
            self.maze.visitors.remove(self)
            self.maze.exited.append(self.ticket)
            self.maze = None


class Maze:
    def __init__(self, name, exit_cell):
        self.name = name
        self.exit_cell = exit_cell
        self.visitors = []
        self.exited = []

    def admit(self, visitor):
        visitor.maze = self
        self.visitors.append(visitor)

    def at_exit(self, visitor):
        return visitor.position == self.exit_cell

    def sweep(self):
        """Let out everyone who has reached the exit cell."""
        for visitor in self.visitors:
            if self.at_exit(visitor):
                visitor.leave()
        return len(self.visitors)


def main():
    maze = Maze("Yew Maze", exit_cell=(9, 9))
    party = [
        Visitor(101, "Agnes", (9, 8)),
        Visitor(102, "Bruno", (8, 9)),
        Visitor(103, "Cyril", (2, 3)),
        Visitor(104, "Delia", (9, 8)),
    ]
    for v in party:
        maze.admit(v)
    party[0].step(0, 1)
    party[1].step(1, 0)
    party[3].step(0, 1)

    remaining = maze.sweep()
    print("still inside:", [v.name for v in maze.visitors])
    print("exited tickets:", maze.exited)
    stuck = [v.name for v in maze.visitors if maze.at_exit(v)]
    if stuck:
        print("standing on the exit but not let out:", stuck)
        print("BUG SHOWN")
        return
    assert remaining == 1
    print("OK")


if __name__ == "__main__":
    main()
