"""Load the studio's programmes into the kiln controller."""
from .raku import Raku
from .stoneware import StonewareGlaze


def main():
    for profile in (StonewareGlaze, Raku):
        print(profile.program_text())
        print(f"  peak {profile.peak()}C, about {profile.duration_hours()}h")
    if Raku.peak() > Raku.max_safe_c or len(Raku.segments) != 2:
        print(f"raku programme has {len(Raku.segments)} segments peaking at "
              f"{Raku.peak()}C (limit {Raku.max_safe_c}C)")
        print("BUG SHOWN")
    else:
        print("programmes loaded")


if __name__ == "__main__":
    main()
