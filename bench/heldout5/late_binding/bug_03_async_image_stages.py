import asyncio


class Image:
    def __init__(self, name, width, height):
        self.name = name
        self.width = width
        self.height = height
        self.ops = []


class Pipeline:
    def __init__(self):
        self.stages = []

    def stage(self, name, **params):
        self.stages.append((name, params))
        return self

    def _apply(self, image, name, params):
        if name == "resize":
            image.width, image.height = params["width"], params["height"]
        elif name == "grayscale":
            pass
        image.ops.append(name)

    async def run(self, images):
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        jobs = []
        for image in images:
            for name, params in self.stages:
                jobs.append(lambda: self._apply(image, name, params))
        for job in jobs:
            loop.call_soon(job)
        loop.call_soon(done.set_result, len(jobs))
        await done
        return images


if __name__ == "__main__":
    pipe = Pipeline().stage("resize", width=64, height=64).stage("grayscale")
    a = Image("a.png", 800, 600)
    b = Image("b.png", 1024, 768)
    asyncio.run(pipe.run([a, b]))
    assert a.ops == [] and (a.width, a.height) == (800, 600)
    assert b.ops == ["grayscale"] * 4
    print("BUG SHOWN")
