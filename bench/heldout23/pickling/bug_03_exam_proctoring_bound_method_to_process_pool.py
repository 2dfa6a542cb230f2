"""Automated marking for an online exam-proctoring platform.

Multiple-choice papers are marked against an answer key.  A grading
session keeps an audit log file open for the whole sitting so every mark
is traceable.  Marking is CPU-bound for large cohorts, so the session hands
papers to a process pool.
"""
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Dict, List


@dataclass(frozen=True)
class Paper:
    candidate: str
    answers: str


class GradingSession:
    def __init__(self, exam_code: str, key: str, audit_path: str):
        self.exam_code = exam_code
        self.key = key
        self.audit = open(audit_path, "a", encoding="utf-8")

    def grade(self, paper: Paper) -> Dict[str, object]:
        correct = sum(1 for given, right in zip(paper.answers, self.key) if given == right)
        percent = round(100 * correct / len(self.key))
        return {"candidate": paper.candidate, "score": correct, "percent": percent}

    def log(self, line: str) -> None:
        self.audit.write(line + "\n")

    def close(self) -> None:
        self.audit.close()


def mark_cohort(session: GradingSession, papers: List[Paper]) -> List[Dict[str, object]]:
    context = multiprocessing.get_context("spawn")
    results = []
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        futures = [pool.submit(session.grade, paper) for paper in papers]
        for future in futures:
            result = future.result(timeout=20)
            session.log(f"{session.exam_code} {result['candidate']} {result['percent']}%")
            results.append(result)
    return results


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="proctor-") as workdir:
        run_sitting(os.path.join(workdir, "audit.log"))


def run_sitting(audit_path: str) -> None:
    session = GradingSession("CHEM-201", "BDACCABDDA", audit_path)
    papers = [
        Paper("cand-0192", "BDACCABDDA"),
        Paper("cand-0193", "BDACBABDCA"),
        Paper("cand-0194", "ADACCCBDDB"),
    ]
    try:
        results = mark_cohort(session, papers)
    except (TypeError, AttributeError) as exc:
        print(f"marking run failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    finally:
        session.close()
    for result in results:
        print(result)


if __name__ == "__main__":
    main()
