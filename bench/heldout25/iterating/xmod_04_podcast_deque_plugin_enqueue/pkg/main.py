from .player import Player
from .playlist import Episode, UpNext
from .plugins import CATALOGUE, AutoQueueNextSeason, ListeningStats


def main():
    up_next = UpNext([
        Episode("Morning Markets", 1, 7, 22),
        Episode("Night Shift Notes", 2, 10, 48, season_finale=True),
        Episode("Quiet Orbit", 1, 3, 37),
    ])
    stats = ListeningStats()
    player = Player([stats, AutoQueueNextSeason(CATALOGUE)])
    try:
        history = player.play_through(up_next)
    except RuntimeError as exc:
        print("playback stopped:", exc)
        print("played so far:", player.history)
        print("BUG SHOWN")
        return
    print("played:", history, "minutes:", stats.minutes)


if __name__ == "__main__":
    main()
