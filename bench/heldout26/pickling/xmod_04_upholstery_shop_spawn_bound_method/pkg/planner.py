"""Runs cutting-plan calculations off the desk process."""
import multiprocessing


def plan_in_background(workshop, job_id, timeout=20):
    ctx = multiprocessing.get_context("spawn")
    results = ctx.SimpleQueue()
    worker = ctx.Process(
        target=workshop.cutting_plan,
        args=(job_id, results),
        name=f"cutplan-{job_id}",
    )
    worker.start()
    worker.join(timeout)
    return results.get()
