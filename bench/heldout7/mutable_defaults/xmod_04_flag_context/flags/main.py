from .service import Flag, FlagService


def main():
    svc = FlagService([Flag("new-checkout", rollout_pct=100, require={"beta_tester": True})])
    assert svc.is_enabled("new-checkout", "u-1", beta_tester=True)
    leaked = svc.is_enabled("new-checkout", "u-2")
    assert leaked, "u-2 never opted into beta"
    assert svc.context_for("u-3")["beta_tester"] is True
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
