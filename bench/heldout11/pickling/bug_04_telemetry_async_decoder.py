import asyncio
import struct
import tempfile
from concurrent.futures import ProcessPoolExecutor

FRAME = struct.Struct(">HIhhH")


class FrameDecoder:
    def __init__(self, spacecraft, log_file):
        self.spacecraft = spacecraft
        self.log_file = log_file

    def decode(self, raw):
        apid, ticks, temp_centi, volts_milli, crc = FRAME.unpack(raw)
        if crc != (apid + ticks) & 0xFFFF:
            self.log_file.write(f"crc mismatch apid={apid}\n")
            return None
        return {"apid": apid, "t": ticks, "temp_c": temp_centi / 100, "bus_v": volts_milli / 1000}


class DownlinkProcessor:
    def __init__(self, decoder, pool):
        self.decoder = decoder
        self.pool = pool

    async def process(self, frames):
        loop = asyncio.get_running_loop()
        pending = [loop.run_in_executor(self.pool, self.decoder.decode, raw) for raw in frames]
        return await asyncio.gather(*pending)


def pack(apid, ticks, temp_centi, volts_milli):
    return FRAME.pack(apid, ticks, temp_centi, volts_milli, (apid + ticks) & 0xFFFF)


async def main():
    frames = [pack(17, 1000, -1250, 28_100), pack(17, 1001, -1240, 28_050)]
    with tempfile.TemporaryFile("w+") as log, ProcessPoolExecutor(max_workers=2) as pool:
        decoder = FrameDecoder("CUBE-3", log)
        assert decoder.decode(frames[0])["temp_c"] == -12.5
        try:
            await DownlinkProcessor(decoder, pool).process(frames)
        except TypeError as exc:
            assert "pickle" in str(exc) and "TextIOWrapper" in str(exc), exc
            print("BUG SHOWN")
        else:
            raise AssertionError("decoder was unexpectedly pickled")


if __name__ == "__main__":
    asyncio.run(main())
