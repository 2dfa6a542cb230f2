import asyncio


class StageResult:
    def __init__(self, name, passed):
        self.name = name
        self.passed = passed


class StatusBoard:
    def __init__(self):
        self.rows = []

    def update(self, stage_name, result):
        self.rows.append((stage_name, result.name, result.passed))


class PipelineRunner:
    def __init__(self, board):
        self.board = board

    async def _run_stage(self, name):
        await asyncio.sleep(0)
        return StageResult(name, passed=(name != "integration"))

    async def run(self, stage_names):
        futures = []
        for stage in stage_names:
            fut = asyncio.ensure_future(self._run_stage(stage))
            fut.add_done_callback(lambda f: self.board.update(stage, f.result()))
            futures.append(fut)
        await asyncio.gather(*futures)
        await asyncio.sleep(0)
        return [f.result() for f in futures]


def main():
    board = StatusBoard()
    runner = PipelineRunner(board)
    results = asyncio.run(runner.run(["build", "unit", "integration"]))
    assert [r.name for r in results] == ["build", "unit", "integration"]
    labels = [row[0] for row in board.rows]
    assert labels == ["integration", "integration", "integration"], board.rows
    assert ("integration", "build", True) in board.rows
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
