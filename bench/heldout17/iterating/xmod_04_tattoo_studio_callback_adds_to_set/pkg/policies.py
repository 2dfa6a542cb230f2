TOUCH_UP_SUFFIX = " (touch-up)"


def touch_up_policy(book, client):
    """Large pieces get a free touch-up session booked automatically."""
    if client.endswith("sleeve") and not client.endswith(TOUCH_UP_SUFFIX):
        book.book(client + TOUCH_UP_SUFFIX)


def sms_policy(outbox):
    def hook(book, client):
        outbox.append("SMS to " + client)
    return hook
