from .machines import DoorLock, VaultTimer


def main():
    door = DoorLock()
    assert door.can("unlocked")
    assert door.can("armed")
    door.go("armed")
    door.go("released")
    assert door.state == "released"
    vault = VaultTimer()
    vault.go("unlocked")
    vault.go("open")
    assert vault.state == "open"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
