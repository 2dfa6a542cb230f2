"""Runs the estimators for a whole trip in parallel worker processes."""
import multiprocessing
from collections import defaultdict
from typing import Dict, List

from .estimators import estimator_table
from .logbook import Haul


def uptake_by_species(hauls: List[Haul], workers: int = 2) -> Dict[str, float]:
    table = estimator_table()
    by_species: Dict[str, List[Haul]] = defaultdict(list)
    for haul in hauls:
        by_species[haul.species].append(haul)
    totals: Dict[str, float] = {}
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes=workers) as pool:
        for species, group in by_species.items():
            totals[species] = sum(pool.map(table[species], group))
    return totals
