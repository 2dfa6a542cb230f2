import multiprocessing as mp
from functools import partial


class Frame:
    def __init__(self, name, width, height):
        self.name, self.width, self.height = name, width, height


def resize(frame, max_edge):
    scale = min(1.0, max_edge / max(frame.width, frame.height))
    return Frame(frame.name, round(frame.width * scale), round(frame.height * scale))


def make_resizer(max_edge):
    return partial(resize, max_edge=max_edge)


class ImagePipeline:
    def __init__(self, processes=2):
        self.processes = processes
        self.stages = []

    def add_stage(self, fn):
        self.stages.append(fn)
        return self

    def run(self, frames):
        with mp.Pool(self.processes) as pool:
            for stage in self.stages:
                frames = pool.map(stage, frames)
        return frames


def main():
    pipeline = ImagePipeline().add_stage(make_resizer(1024))
    frames = [Frame("dsc_001", 4000, 3000), Frame("dsc_002", 800, 600)]
    out = pipeline.run(frames)
    assert [(f.name, f.width, f.height) for f in out] == [("dsc_001", 1024, 768), ("dsc_002", 800, 600)]
    print("OK")


if __name__ == "__main__":
    main()
