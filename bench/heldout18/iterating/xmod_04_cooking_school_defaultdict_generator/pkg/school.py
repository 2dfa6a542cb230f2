from collections import defaultdict


class School:
    def __init__(self):
        self.prerequisites = {}
        self.waitlists = defaultdict(list)
        self.completed = defaultdict(set)

    def add_course(self, code, prerequisite=None):
        self.prerequisites[code] = prerequisite

    def join_waitlist(self, code, student):
        self.waitlists[code].append(student)

    def pending(self):
        """Yield (course, student) pairs still waiting for a place."""
        for code, students in self.waitlists.items():
            for student in students:
                yield code, student
