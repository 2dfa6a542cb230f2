class Course:
    def __init__(self, code, capacity, prerequisites=(), roster=None):
        self.code = code
        self.capacity = capacity
        self.prerequisites = frozenset(prerequisites)
        self.roster = [] if roster is None else list(roster)

    def enroll(self, student):
        if len(self.roster) >= self.capacity:
            raise OverflowError(self.code)
        if not self.prerequisites <= student.completed:
            raise PermissionError(self.code)
        self.roster.append(student.name)


class Student:
    def __init__(self, name, completed=frozenset()):
        self.name = name
        self.completed = set(completed)

    def complete(self, code):
        self.completed.add(code)


class Registrar:
    def __init__(self):
        self.catalog = {}

    def open_course(self, code, capacity, prerequisites=(), roster=None):
        self.catalog[code] = Course(code, capacity, prerequisites, roster)
        return self.catalog[code]


def main():
    registrar = Registrar()
    intro = registrar.open_course("CS101", 2)
    algo = registrar.open_course("CS201", 2, prerequisites=["CS101"])
    kim = Student("kim")
    lou = Student("lou")
    intro.enroll(kim)
    kim.complete("CS101")
    algo.enroll(kim)
    assert intro.roster == ["kim"] and algo.roster == ["kim"]
    assert intro.roster is not algo.roster
    assert lou.completed == set() and kim.completed == {"CS101"}
    try:
        algo.enroll(lou)
    except PermissionError:
        pass
    else:
        raise AssertionError("prerequisite not enforced")
    print("OK")


if __name__ == "__main__":
    main()
