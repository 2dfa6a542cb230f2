"""Judging rules.  The wind at the flight line changes the difficulty
weighting, so a judge function is built for each round."""

CATEGORY_WEIGHT = {"dual-line": 1.0, "quad-line": 1.15}


def make_judge(wind_kmh, touch_penalty=0.5):
    wind_factor = 1.0 + max(0.0, wind_kmh - 15) / 50

    def judge(entry):
        raw = sum(entry.figures) / len(entry.figures)
        score = raw * CATEGORY_WEIGHT[entry.category] * wind_factor
        score -= entry.line_touches * touch_penalty
        return entry.pilot, round(score, 2)

    return judge


def ranking(scores):
    return sorted(scores, key=lambda item: item[1], reverse=True)
