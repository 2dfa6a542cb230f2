import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


def make_transcoder(codec, bitrate):
    def transcode(path, channels):
        return f"{path.rsplit('.', 1)[0]}.{codec}@{bitrate}k/{channels}ch"
    return transcode


class MediaQueue:
    def __init__(self, executor):
        self.executor = executor

    async def submit(self, job, *args):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(job, *args))


async def main():
    with ProcessPoolExecutor(max_workers=1) as executor:
        queue = MediaQueue(executor)
        opus = make_transcoder("opus", 96)
        try:
            await queue.submit(opus, "talk.wav", 2)
        except AttributeError as exc:
            assert "local object" in str(exc)
            print("BUG SHOWN")
        else:
            raise AssertionError("expected pickling to fail")


if __name__ == "__main__":
    asyncio.run(main())
