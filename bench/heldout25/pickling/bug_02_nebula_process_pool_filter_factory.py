"""Spectrum screening for a nebula survey pipeline.

Spectra from the survey are screened in worker processes: a filter built
from the survey's configuration (minimum signal-to-noise, emission lines
of interest) decides which spectra go on to full line fitting.
"""
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Spectrum:
    object_id: str
    snr: float
    lines: Tuple[str, ...]


@dataclass(frozen=True)
class SurveyConfig:
    min_snr: float
    lines_of_interest: Tuple[str, ...]


def build_screen(config):
    wanted = set(config.lines_of_interest)

    def screen(spectrum):
        if spectrum.snr < config.min_snr:
            return spectrum.object_id, False
        return spectrum.object_id, bool(wanted & set(spectrum.lines))

    return screen


class ScreeningRun:
    def __init__(self, config, workers=1):
        self.config = config
        self.workers = workers

    def run(self, spectra):
        screen = build_screen(self.config)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            futures = [pool.submit(screen, s) for s in spectra]
            return dict(f.result(timeout=30) for f in futures)


def main():
    config = SurveyConfig(min_snr=8.0, lines_of_interest=("H-alpha", "[O III]"))
    spectra = [
        Spectrum("NGC6543-a", 14.2, ("H-alpha", "[N II]")),
        Spectrum("NGC6543-b", 5.1, ("[O III]",)),
        Spectrum("M57-core", 22.7, ("He II",)),
    ]
    print("local dry run:", [build_screen(config)(s) for s in spectra])
    try:
        verdicts = ScreeningRun(config).run(spectra)
    except (AttributeError, pickle.PicklingError) as exc:
        print("worker dispatch failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("selected for fitting:", [k for k, v in verdicts.items() if v])


if __name__ == "__main__":
    main()
