from . import scorecards, scoring

EXPORT = """
amara  | portsmouth | X,10,9;9,9,8;10,10,X
boris  | portsmouth | 8,8,7;9,M,8;10,9,9
cleo   | portsmouth |
dmitri | portsmouth | 10,9,9;9,9,9;8,8,8
"""


def main():
    cards = scorecards.load(EXPORT)
    try:
        board = scoring.leaderboard(cards)
    except UnboundLocalError as exc:
        print(f"leaderboard failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for place, summary in enumerate(board, start=1):
        print(f"{place}. {summary.archer:<8} {summary.total:3d} ({summary.golds} golds)")


if __name__ == "__main__":
    main()
