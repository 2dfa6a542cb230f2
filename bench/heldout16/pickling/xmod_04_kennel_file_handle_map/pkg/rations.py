GRAMS_PER_KG = 25


def daily_rations(kennel):
    """Worker task: grams of food per dog for one kennel block."""
    return kennel.name, {dog: weight * GRAMS_PER_KG for dog, weight in kennel.dogs.items()}
