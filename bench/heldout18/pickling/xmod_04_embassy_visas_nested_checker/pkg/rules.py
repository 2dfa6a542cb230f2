REQUIRED_DOCS = {
    "tourist": {"passport", "photo", "itinerary"},
    "student": {"passport", "photo", "offer_letter", "funds"},
    "work": {"passport", "photo", "contract", "sponsor"},
}


def make_checker(visa_type, min_validity_months=6):
    needed = REQUIRED_DOCS[visa_type]

    def check(application):
        missing = sorted(needed - set(application["docs"]))
        valid = application["passport_months"] >= min_validity_months
        return application["ref"], not missing and valid, missing

    return check
