"""Cone 10 reduction stoneware glaze firing."""
from .profiles import FiringProfile


class StonewareGlaze(FiringProfile):
    name = "stoneware cone 10"


StonewareGlaze.add_segment(100, 600)
StonewareGlaze.add_segment(150, 1100)
StonewareGlaze.add_segment(60, 1285, hold=15)
