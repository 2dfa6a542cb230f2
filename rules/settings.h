/* Settings: what one lint run is configured with (enabled rules, limits,
 * target Python version). Built by a driver (CLI flags, later config files
 * and LSP initializationOptions) and passed down read-only; no globals. */
#ifndef SG_SETTINGS_H
#define SG_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/registry.h"

typedef struct Settings {
  bool enabled[RULE__COUNT];
  size_t max_file_size;       /* bytes; larger files get SNG002 */
  double max_parse_seconds;   /* CPU seconds; a longer parse is abandoned: SNG002
                               * (0: no limit) */
  int target_minor;           /* Python 3.<minor>; default 11 */
  bool keep_source;           /* keep Source in FileResult (code frames) */
} Settings;

#define SG_PARSE_SECONDS_DEFAULT 10.0

/* Defaults: rules enabled by default, 8 MiB limit, 10 s per parse,
 * Python 3.11. */
void sg_settings_init(Settings *self);

#endif
