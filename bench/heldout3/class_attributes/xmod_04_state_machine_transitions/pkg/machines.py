from .machine import StateMachine


class DoorLock(StateMachine):
    initial = "locked"


DoorLock.allow("locked", "unlocked")
DoorLock.allow("unlocked", "locked", "open")
DoorLock.allow("open", "unlocked")


class VaultTimer(StateMachine):
    initial = "locked"


VaultTimer.allow("locked", "armed")
VaultTimer.allow("armed", "released")
