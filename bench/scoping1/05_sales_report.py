"""Monthly sales report generator."""
import statistics
from datetime import date

SALES = [
    {"region": "north", "month": date(2024, 1, 1), "amount": 1200.0},
    {"region": "north", "month": date(2024, 2, 1), "amount": 1350.5},
    {"region": "south", "month": date(2024, 1, 1), "amount": 980.0},
    {"region": "south", "month": date(2024, 2, 1), "amount": 1010.25},
]

REGIONS = sorted({row["region"] for row in SALES})

REGION_SUMMARY = {region: summarize_region(region) for region in REGIONS}


def summarize_region(region):
    amounts = [row["amount"] for row in SALES if row["region"] == region]
    return {
        "total": round(sum(amounts), 2),
        "mean": round(statistics.mean(amounts), 2),
        "months": len(amounts),
    }


def render(summary):
    lines = [f"{'region':<10}{'total':>10}{'mean':>10}"]
    for region, stats in summary.items():
        lines.append(f"{region:<10}{stats['total']:>10.2f}{stats['mean']:>10.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(REGION_SUMMARY))
