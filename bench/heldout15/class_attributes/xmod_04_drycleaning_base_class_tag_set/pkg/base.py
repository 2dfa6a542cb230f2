class TagClash(Exception):
    pass


class Counter:
    """A shop counter that issues numbered garment tags."""

    tags_in_use = set()
    turnaround_days = 3

    def __init__(self, branch):
        self.branch = branch
        self.next_tag = 1
        self.garments = {}

    def issue_tag(self):
        tag = self.next_tag
        if tag in self.tags_in_use:
            raise TagClash(f"{self.branch}: tag {tag} already on a garment")
        self.tags_in_use.add(tag)
        self.next_tag += 1
        return tag

    def release_tag(self, tag):
        self.tags_in_use.discard(tag)
        return self.garments.pop(tag, None)

    def price(self, garment):
        raise NotImplementedError
