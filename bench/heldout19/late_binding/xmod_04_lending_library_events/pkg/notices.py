"""Notice templates per branch; one handler per branch topic."""

FINES = {"Central": 0.25, "Riverside": 0.20, "Hillcrest": 0.15}


def overdue_text(branch, loan):
    fine = FINES[branch] * loan["days"]
    return f"[{branch}] '{loan['title']}' is {loan['days']} days late, fine {fine:.2f}"


def branch_handlers(branches):
    return [
        (f"overdue.{branch}", lambda loan: overdue_text(branch, loan))
        for branch in branches
    ]
