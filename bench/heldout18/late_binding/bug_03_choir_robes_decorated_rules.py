"""Checking choir robes against per-section rules before a concert."""

import functools

SECTION_HEMS = {"soprano": 120, "alto": 125, "tenor": 135, "bass": 140}


def audited(rule):
    @functools.wraps(rule)
    def wrapper(robe):
        ok = rule(robe)
        wrapper.calls.append((robe.tag, ok))
        return ok
    wrapper.calls = []
    return wrapper


class Robe:
    def __init__(self, tag, section, hem_cm):
        self.tag = tag
        self.section = section
        self.hem_cm = hem_cm


class Wardrobe:
    def __init__(self):
        self.rules = {}

    def build_rules(self, sections):
        for section in sections:
            @audited
            def fits(robe):
                return abs(robe.hem_cm - SECTION_HEMS[section]) <= 3
            self.rules[section] = fits

    def check(self, robes):
        return {r.tag: self.rules[r.section](r) for r in robes}


def main():
    wardrobe = Wardrobe()
    wardrobe.build_rules(SECTION_HEMS)
    robes = [
        Robe("S-04", "soprano", 121),
        Robe("A-11", "alto", 124),
        Robe("T-02", "tenor", 136),
        Robe("B-09", "bass", 139),
    ]
    results = wardrobe.check(robes)
    print(results)
    if not results["S-04"] and results["B-09"]:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
