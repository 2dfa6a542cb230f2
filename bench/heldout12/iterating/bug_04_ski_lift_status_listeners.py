class LiftStatusBoard:
    def __init__(self):
        self._listeners = []
        self.status = {}

    def subscribe(self, listener):
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def update(self, lift, state):
        self.status[lift] = state
        for listener in self._listeners:
            listener(lift, state)


class PatrolPager:
    def __init__(self, board):
        self.pages = []
        self._unsubscribe = board.subscribe(self.on_status)

    def on_status(self, lift, state):
        if state == "wind-hold":
            self.pages.append(f"patrol: {lift} on hold")
            self._unsubscribe()


class AppPush:
    def __init__(self, board):
        self.pushed = []
        board.subscribe(self.on_status)

    def on_status(self, lift, state):
        self.pushed.append((lift, state))


class LedSign:
    def __init__(self, board):
        self.text = ""
        board.subscribe(lambda lift, state: setattr(self, "text", f"{lift}: {state.upper()}"))


def main():
    board = LiftStatusBoard()
    pager = PatrolPager(board)
    app = AppPush(board)
    sign = LedSign(board)

    board.update("Gondola Nord", "open")
    board.update("Gipfelbahn", "wind-hold")

    assert pager.pages == ["patrol: Gipfelbahn on hold"]
    assert app.pushed == [("Gondola Nord", "open")], app.pushed
    assert sign.text == "Gipfelbahn: WIND-HOLD"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
