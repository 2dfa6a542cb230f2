"""A scripted bidding session for the evening sale."""


def run_session(lot, bidders, rounds):
    for round_no in range(rounds):
        bidder = bidders[round_no % len(bidders)]
        lot.bids.append((bidder, lot.next_bid()))
    return lot.bids[-1] if lot.bids else None
