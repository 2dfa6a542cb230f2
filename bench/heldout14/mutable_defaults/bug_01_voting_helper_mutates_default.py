"""Voting machine: validates ballots and keeps an audit trail per session."""

import hashlib


def _append_audit(trail, event, detail):
    digest = hashlib.sha256(f"{event}:{detail}".encode()).hexdigest()[:8]
    trail.append((event, detail, digest))
    return trail


class Ballot:
    def __init__(self, voter_id, choice):
        self.voter_id = voter_id
        self.choice = choice


class VotingSession:
    def __init__(self, precinct, candidates):
        self.precinct = precinct
        self.candidates = set(candidates)
        self.tally = {c: 0 for c in candidates}
        self.seen_voters = set()

    def cast(self, ballot, audit=[]):
        """Record a ballot; returns the audit trail for this cast."""
        if ballot.voter_id in self.seen_voters:
            return _append_audit(audit, "rejected", f"duplicate {ballot.voter_id}")
        if ballot.choice not in self.candidates:
            return _append_audit(audit, "spoiled", ballot.voter_id)
        self.seen_voters.add(ballot.voter_id)
        self.tally[ballot.choice] += 1
        return _append_audit(audit, "accepted", ballot.voter_id)


class Machine:
    def __init__(self, precinct, candidates):
        self.session = VotingSession(precinct, candidates)
        self.receipts = []

    def vote(self, voter_id, choice):
        trail = self.session.cast(Ballot(voter_id, choice))
        self.receipts.append(len(trail))
        return trail


def main():
    machine_a = Machine("north", ["Ada", "Bo"])
    machine_b = Machine("south", ["Ada", "Bo"])
    machine_a.vote("v1", "Ada")
    machine_a.vote("v2", "Bo")
    trail = machine_b.vote("v9", "Ada")
    print("south trail:", [e[:2] for e in trail])
    # Each cast should report exactly its own single audit event.
    if len(trail) != 1 or machine_a.receipts != [1, 1]:
        print("audit entries leaked between casts:", machine_a.receipts, len(trail))
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
