LEVELS = [("open_water", 18), ("advanced", 30), ("deep", 40)]


def register_level_alerts(alarm, log):
    for level, max_depth in LEVELS:
        def over_limit(depth):
            log.append((level, depth - max_depth))
        alarm.watch(max_depth, over_limit)
