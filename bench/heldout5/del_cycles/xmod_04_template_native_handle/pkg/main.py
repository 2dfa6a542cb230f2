import gc

from .handles import FREED_HANDLES
from .template import Environment


def main():
    gc.disable()
    try:
        env = Environment()
        tpl = env.get_template("banner", "Welcome, $user|upper$!")
        assert tpl.render({"user": "ada"}) == "Welcome, ADA!"
        handle = tpl.handle
        del tpl
        env.invalidate("banner")
        assert FREED_HANDLES == []
        gc.collect()
        assert FREED_HANDLES == [handle]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
