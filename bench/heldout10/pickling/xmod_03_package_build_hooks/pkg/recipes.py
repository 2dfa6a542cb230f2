import hashlib

from .hooks import build_hook


@build_hook("build", order=10)
def compile_sources(package, version):
    return f"{package}-{version}.o"


@build_hook("build", order=20)
def checksum_artifact(package, version):
    return hashlib.sha256(f"{package}{version}".encode()).hexdigest()[:12]
