"""Batch conversion of a day's readings using a process pool."""
import multiprocessing


def convert_day(converter, readings, processes=2):
    with multiprocessing.Pool(processes) as pool:
        return pool.map(converter, readings)


def daily_min_max(levels):
    return min(levels), max(levels)
