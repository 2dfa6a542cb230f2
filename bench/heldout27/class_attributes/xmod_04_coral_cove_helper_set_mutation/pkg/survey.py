"""Survey helpers used by the dive team's tablet app."""

ENDANGERED = {"hawksbill turtle", "giant clam", "napoleon wrasse"}


def record_sighting(reef, species, count):
    reef.dive_log = reef.dive_log + ((species, count),)
    if species in ENDANGERED:
        reef.protected_species.add(species)


def close_survey(reefs):
    return {reef.site: reef.status() for reef in reefs}
