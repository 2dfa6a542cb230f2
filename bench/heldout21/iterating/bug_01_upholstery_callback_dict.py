"""Upholstery workshop job board: jobs move through stages with hooks."""


class JobBoard:
    def __init__(self):
        self.jobs = {}
        self.hooks = []

    def add(self, ref, piece, stage="stripping"):
        self.jobs[ref] = {"piece": piece, "stage": stage}

    def on_stage_change(self, hook):
        self.hooks.append(hook)

    def advance_all(self, order):
        for ref, job in self.jobs.items():
            idx = order.index(job["stage"])
            if idx + 1 < len(order):
                job["stage"] = order[idx + 1]
                for hook in self.hooks:
                    hook(self, ref, job)


STAGES = ["stripping", "springing", "stuffing", "covering", "done"]


def follow_up_cushions(board, ref, job):
    """Every sofa that reaches covering needs matching cushions."""
    if job["piece"] == "sofa" and job["stage"] == "covering":
        board.add(ref + "-C", "cushions", stage="stuffing")


def main():
    board = JobBoard()
    board.on_stage_change(follow_up_cushions)
    board.add("J1", "armchair", "springing")
    board.add("J2", "sofa", "stuffing")
    board.add("J3", "footstool")
    try:
        board.advance_all(STAGES)
    except RuntimeError as exc:
        print("advance failed:", exc)
        print("stages now:", {r: j["stage"] for r, j in board.jobs.items()})
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
