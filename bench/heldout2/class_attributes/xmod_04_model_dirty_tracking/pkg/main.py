from .models import Repository, Team, User


def main():
    repo = Repository()
    alice = User(email="a@x.io", name="Alice", role="dev")
    bob = User(email="b@x.io", name="Bob", role="dev")
    team = Team(name="core", plan="free")
    alice.role = "admin"
    team.plan = "pro"
    saved = repo.save(bob)
    assert saved == ["plan", "role"], saved
    assert repo.save(alice) == []
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
