import pickle
from concurrent.futures import ProcessPoolExecutor

from .imaging import Raster, downscale
from .stages import STAGES


class ThumbnailBatch:
    def __init__(self, rasters, factor):
        self.rasters = rasters
        self.factor = factor

    def run_local(self):
        return [downscale(r, self.factor) for r in self.rasters]

    def run_parallel(self, workers=2):
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(STAGES["downscale"], self.rasters, [self.factor] * len(self.rasters)))


def main():
    batch = ThumbnailBatch([Raster(16, 8), Raster(32, 32)], factor=4)
    thumbs = batch.run_local()
    assert [(t.width, t.height) for t in thumbs] == [(4, 2), (8, 8)]
    assert STAGES["downscale"].elapsed > 0
    try:
        batch.run_parallel()
    except (AttributeError, pickle.PicklingError) as exc:
        assert "run_stage" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("thumbnails built in a process pool")


if __name__ == "__main__":
    main()
