"""`python3 -m cobbler.main`: a Ticket keeps a closure over itself, so its
`__del__` waits for the cycle collector; a Receipt's closure holds only
its prefix."""
import gc

from . import journal
from .ticket import Receipt, Ticket

if __name__ == "__main__":
    gc.disable()
    try:
        t = Ticket(1)
        del t
        assert 1 in journal.OPEN  # still alive: the logger's closure holds it
        r = Receipt(2)
        del r
        assert 2 not in journal.OPEN  # freed at once
        gc.collect()
        assert 1 not in journal.OPEN
    finally:
        gc.enable()
    print("Ticket: __del__ ran only when the cycle collector ran; Receipt: at once")
