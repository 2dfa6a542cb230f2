def eligible(school, code, student):
    prereq = school.prerequisites.get(code)
    if prereq is None:
        return True
    return student in school.completed[prereq] or student not in school.waitlists[prereq]


def make_offers(school):
    offers = []
    for code, student in school.pending():
        if eligible(school, code, student):
            offers.append((code, student))
    return offers
