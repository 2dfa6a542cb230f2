import shlex


class Toolchain:
    def __init__(self, name, cc, flags=()):
        self.name = name
        self.cc = cc
        self.flags = list(flags)

    def compile_command(self, source, output):
        return [self.cc, *self.flags, "-c", source, "-o", output]

    def with_flags(self, *extra):
        return Toolchain(self.name, self.cc, self.flags + list(extra))

    def __repr__(self):
        return f"Toolchain({self.name})"


host = Toolchain("host", "cc", ["-O2"])
cross = {"arm64": Toolchain("arm64", "aarch64-linux-gnu-gcc", ["-O2", "-march=armv8-a"])}


def render(cmd):
    return " ".join(shlex.quote(part) for part in cmd)
