import os

from .toolchain import cross, host, render


class Target:
    def __init__(self, name, sources, arch=None, defines=()):
        self.name = name
        self.sources = list(sources)
        self.arch = arch
        self.defines = list(defines)


class CompileRule:
    def __init__(self, build_dir="out"):
        self.build_dir = build_dir

    def object_path(self, target, source):
        stem = os.path.splitext(os.path.basename(source))[0]
        return os.path.join(self.build_dir, target.name, stem + ".o")

    def commands(self, target):
        compiler = host
        if target.arch is not None:
            compiler = cross[target.arch]
        if target.defines:
            host = compiler.with_flags(*("-D" + d for d in target.defines))
            compiler = host
        return [render(compiler.compile_command(src, self.object_path(target, src)))
                for src in target.sources]
