import gc

from . import spool
from .mailer import Mailer


def send_newsletter(issue, recipients, batch):
    mailer = Mailer("news@mint.example")
    for recipient in recipients:
        mailer.queue(recipient, f"Mint Monthly #{issue}")
    mailer.send_some(batch)
    return len(mailer.bounced)


def main():
    gc.disable()
    try:
        bounced = send_newsletter(7, ["mo@herbs.example", "max@nowhere.invalid",
                                      "mia@herbs.example", "ned@herbs.example"], batch=2)
        print(f"bounces in the first batch: {bounced}")
        spooled_before_gc = len(spool.FLUSHED)
        print(f"outboxes spooled for retry: {spooled_before_gc}")
        gc.collect()
        print(f"outboxes spooled after gc.collect(): {spool.FLUSHED}")
    finally:
        gc.enable()
    if spooled_before_gc == 0 and len(spool.FLUSHED) == 1:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
