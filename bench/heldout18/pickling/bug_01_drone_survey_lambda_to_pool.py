"""Drone survey tiles scored in worker processes."""

import functools
import pickle
from concurrent.futures import ProcessPoolExecutor


class Tile:
    def __init__(self, row, col, ndvi):
        self.row = row
        self.col = col
        self.ndvi = ndvi


def vegetation_score(tile, threshold):
    cover = sum(1 for v in tile.ndvi if v >= threshold)
    return (tile.row, tile.col, round(cover / len(tile.ndvi), 2))


SCORERS = {
    "vegetation": vegetation_score,
    "bare_soil": lambda tile, threshold: (tile.row, tile.col,
                                          round(sum(v < threshold for v in tile.ndvi) / len(tile.ndvi), 2)),
}


class SurveyJob:
    def __init__(self, site, tiles, metric="vegetation", threshold=0.4):
        self.site = site
        self.metric = metric
        self.tiles = tiles
        self.threshold = threshold

    def scorer(self):
        return functools.partial(SCORERS[self.metric], threshold=self.threshold)

    def run(self, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(self.scorer(), tile) for tile in self.tiles]
            return [f.result() for f in futures]


def build_tiles():
    tiles = []
    for row in range(2):
        for col in range(2):
            tiles.append(Tile(row, col, [((row + col + i) % 10) / 10 for i in range(20)]))
    return tiles


def main():
    tiles = build_tiles()
    try:
        scores = SurveyJob("north paddock", tiles).run()
        scores += SurveyJob("north paddock", tiles, metric="bare_soil").run()
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("survey failed:", type(exc).__name__, exc)
        if "lambda" in str(exc):
            print("BUG SHOWN")
        return
    print(scores)


if __name__ == "__main__":
    main()
