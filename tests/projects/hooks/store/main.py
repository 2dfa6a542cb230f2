"""`python3 -m store.main`: a Spool is freed only by the cycle collector."""
import gc

from . import spool

if __name__ == "__main__":
    gc.disable()
    try:
        s = spool.Spool("cyclic")
        del s
        assert spool.closed == [], spool.closed  # still alive: a cycle holds it
        w = spool.WeakSpool("weak")
        del w
        q = spool.QuietSpool("quiet")
        del q
        assert spool.closed == ["weak", "quiet"], spool.closed  # freed at once
        gc.collect()
        assert spool.closed == ["weak", "quiet", "cyclic"], spool.closed
    finally:
        gc.enable()
    print("Spool: __del__ ran only when the cycle collector ran; WeakSpool, QuietSpool: at once")
