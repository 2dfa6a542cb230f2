import multiprocessing
import pickle
from dataclasses import dataclass


def thumbnail_size(job):
    ratio = min(job.max_side / job.width, job.max_side / job.height, 1)
    return job.path, (int(job.width * ratio), int(job.height * ratio))


class ThumbnailPlanner:
    def __init__(self, max_side):
        self.max_side = max_side

    def plan(self, images):
        @dataclass(frozen=True)
        class ThumbJob:
            path: str
            width: int
            height: int
            max_side: int

        return [ThumbJob(path, w, h, self.max_side) for path, (w, h) in images.items()]

    def run(self, images):
        jobs = self.plan(images)
        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(thumbnail_size, (job,)) for job in jobs]
            return dict(p.get(timeout=10) for p in pending)


def main():
    planner = ThumbnailPlanner(max_side=256)
    jobs = planner.plan({"cat.jpg": (1024, 768)})
    assert thumbnail_size(jobs[0]) == ("cat.jpg", (256, 192))
    try:
        planner.run({"cat.jpg": (1024, 768), "dog.png": (200, 100)})
    except (pickle.PicklingError, AttributeError) as exc:
        assert "ThumbJob" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("thumbnails planned in workers")


if __name__ == "__main__":
    main()
