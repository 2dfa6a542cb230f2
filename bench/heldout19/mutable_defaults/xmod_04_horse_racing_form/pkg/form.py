"""Form-guide bookkeeping shared by the race card and the results desk."""


def record_result(horse, position, form={}):
    runs = form.setdefault(horse, [])
    runs.append(position)
    return form


def form_string(form, horse):
    return "".join(str(p) if p < 10 else "0" for p in form.get(horse, [])[-5:])


def winners(form):
    return sorted(h for h, runs in form.items() if runs and runs[-1] == 1)
