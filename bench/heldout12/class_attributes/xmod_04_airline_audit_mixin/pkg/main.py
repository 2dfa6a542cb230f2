from .fleet import Aircraft, CrewMember


def main():
    a320 = Aircraft("D-AIZQ", "A320")
    a321 = Aircraft("D-AIDA", "A321")
    pilot = CrewMember("FO-1187", "first officer")

    a320.log_flight(2.5)
    a320.ground("bird strike inspection")
    pilot.sign_on(9.0)

    history = a321.audit_history()
    assert history == ["flight", "grounded", "sign-on"], history
    assert pilot.audit_history() == history
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
