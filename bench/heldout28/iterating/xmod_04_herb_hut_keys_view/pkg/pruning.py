"""Nightly housekeeping jobs run against the catalogue."""


def is_expired(jar, today):
    return jar.best_before < today


def prune_expired(catalog, today):
    removed = 0
    for herb in catalog.names():
        if is_expired(catalog.jar(herb), today):
            catalog.withdraw(herb, reason="past best-before")
            removed += 1
    return removed
