"""Standard hook wiring applied to every new machine."""


def attach_bobbin_counter(frame, kg_per_bobbin=0.25):
    def count(kg):
        frame.bobbins += int(kg / kg_per_bobbin)

    frame.after_batch.add(count)
    return frame
