class GameShelf:
    def __init__(self, titles):
        self._available = set(titles)

    def take(self, title):
        if title not in self._available:
            raise LookupError(title)
        self._available.remove(title)
        return title


def lend(shelf, table, title):
    """Bring a game from the shelf to a table."""
    table.games.append(shelf.take(title))
    return table
