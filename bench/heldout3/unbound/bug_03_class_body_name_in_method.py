class PermissionMixin:
    ROLE_LEVELS = {"viewer": 10, "editor": 20, "owner": 30}
    DEFAULT_ROLE = "viewer"

    def level_of(self, role):
        return ROLE_LEVELS.get(role, ROLE_LEVELS[DEFAULT_ROLE])

    def can(self, user, required):
        return self.level_of(self.roles.get(user)) >= self.level_of(required)


class SharedDocument(PermissionMixin):
    def __init__(self, title, owner):
        self.title = title
        self.roles = {owner: "owner"}

    def share(self, user, role):
        self.roles[user] = role

    def edit(self, user, text):
        if not self.can(user, "editor"):
            raise PermissionError(user)
        self.title = text


def main():
    doc = SharedDocument("Q3 plan", owner="ana")
    doc.share("bo", "viewer")
    try:
        doc.edit("bo", "Q4 plan")
    except NameError as exc:
        assert "ROLE_LEVELS" in str(exc)
        assert doc.title == "Q3 plan"
        print("BUG SHOWN")
    except PermissionError:
        raise AssertionError("permission check worked")


if __name__ == "__main__":
    main()
