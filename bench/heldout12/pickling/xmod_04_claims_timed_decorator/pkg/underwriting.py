from .instrumentation import timed

RISK_WEIGHTS = {"water": 1.4, "fire": 2.1, "theft": 1.2, "hail": 0.9}


@timed("claims.assess")
def assess_claim(claim):
    claim_id, peril, amount, prior_claims = claim
    weight = RISK_WEIGHTS.get(peril, 1.0)
    fraud_score = min(1.0, 0.05 * prior_claims + (0.2 if amount > 20_000 else 0.0))
    reserve = round(amount * weight * (1 + fraud_score), 2)
    return claim_id, reserve, "refer" if fraud_score >= 0.3 else "auto"
