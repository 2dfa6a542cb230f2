"""Request handlers run by the web server's worker threads."""
from .registry import get_pool


def place_bid(request, ready):
    ready.wait()
    pool = get_pool()
    result = pool.execute(
        "INSERT INTO bids (lot, bidder, amount) VALUES (%s, %s, %s)",
        request["lot"], request["bidder"], request["amount"],
    )
    return request["bidder"], result["pool"]
