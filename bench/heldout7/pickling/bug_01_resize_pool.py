import multiprocessing as mp
import pickle


class Frame:
    def __init__(self, name, width, height):
        self.name, self.width, self.height = name, width, height


def make_resizer(max_edge):
    def resize(frame):
        scale = min(1.0, max_edge / max(frame.width, frame.height))
        return frame.name, round(frame.width * scale), round(frame.height * scale)
    return resize


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
    try:
        pipeline.run(frames)
    except (AttributeError, pickle.PicklingError, TypeError) as exc:
        assert "pickle" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("pipeline ran")


if __name__ == "__main__":
    main()
