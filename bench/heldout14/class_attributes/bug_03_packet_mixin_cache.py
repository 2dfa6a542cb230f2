"""Packet capture decoders: protocol decoders sharing a memoising mixin."""

import struct


class MemoMixin:
    """Remembers decoded results keyed by the raw header bytes."""

    _memo = {}
    hits = 0

    def memoised(self, raw, compute):
        key = bytes(raw[:4])
        if key in self._memo:
            self.hits += 1
            return self._memo[key]
        value = compute(raw)
        self._memo[key] = value
        return value


class Decoder:
    name = "base"

    def decode(self, raw):
        raise NotImplementedError


class UdpDecoder(MemoMixin, Decoder):
    name = "udp"

    def decode(self, raw):
        return self.memoised(raw, self._parse)

    @staticmethod
    def _parse(raw):
        src, dst, length, _ = struct.unpack("!HHHH", raw[:8])
        return {"proto": "udp", "src_port": src, "dst_port": dst, "len": length}


class TcpDecoder(MemoMixin, Decoder):
    name = "tcp"

    def decode(self, raw):
        return self.memoised(raw, self._parse)

    @staticmethod
    def _parse(raw):
        src, dst, seq = struct.unpack("!HHI", raw[:8])
        return {"proto": "tcp", "src_port": src, "dst_port": dst, "seq": seq}


class Capture:
    def __init__(self):
        self.decoders = {17: UdpDecoder(), 6: TcpDecoder()}

    def dissect(self, frames):
        return [self.decoders[proto].decode(payload) for proto, payload in frames]


def main():
    dns_query = struct.pack("!HHHH", 5353, 53, 40, 0)
    tcp_syn = struct.pack("!HHI", 5353, 53, 1000) + b"\x50\x02\xff\xff"
    frames = [(17, dns_query), (6, tcp_syn)]
    decoded = Capture().dissect(frames)
    for item in decoded:
        print(item)
    if decoded[1]["proto"] != "tcp":
        print("tcp segment decoded from the udp decoder's memo")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
