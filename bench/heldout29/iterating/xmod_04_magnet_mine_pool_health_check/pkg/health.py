"""Periodic health check over the idle connections."""


def health_check(pool):
    alive = 0
    for conn in pool.idle:
        if conn.ping():
            alive += 1
    return alive
