from .console import CueStack
from .rig import DimmerRig

LIGHTING_PLOT = [
    (0.0, "house", 0),
    (1.5, "front-wash", 80),
    (4.0, "cyc-blue", 60),
    (9.0, "special-dsl", 100),
]


def build_act_one():
    rig = DimmerRig([ch for _, ch, _ in LIGHTING_PLOT])
    stack = CueStack()
    for t, channel, level in LIGHTING_PLOT:
        @stack.at(t, label=f"{channel}@{level}")
        def cue():
            rig.fade(channel, level)
    return rig, stack
