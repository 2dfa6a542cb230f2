import pickle

from . import recipes
from .builder import PackageBuilder


def main():
    assert recipes.compile_sources("zlib", "1.3") == "zlib-1.3.o"
    builder = PackageBuilder("zlib", "1.3")
    try:
        builder.run_phase("build")
    except pickle.PicklingError as exc:
        assert "not the same object" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("hooks ran in worker processes")


if __name__ == "__main__":
    main()
