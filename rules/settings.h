/* Settings: what one lint run is configured with (enabled rules, limits,
 * target Python version). Built by a driver (CLI flags, later config files
 * and LSP initializationOptions) and passed down read-only; no globals. */
#ifndef SG_SETTINGS_H
#define SG_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules/registry.h"

typedef struct Settings {
  bool enabled[RULE__COUNT];
  size_t max_file_size;       /* bytes; larger files get SNG002 */
  double max_parse_seconds;   /* CPU seconds; a longer parse is abandoned: SNG002
                               * (0: no limit) */
  /* The flow analysis' facts per file (basic blocks x the names it
   * follows, summed over scopes; about max_analysis_facts / 2 bytes at
   * most): a file that needs more gets SNG002 and no unbound-name
   * findings (--max-analysis-facts). */
  uint64_t max_analysis_facts;
  int target_minor;           /* Python 3.<minor>; default 11 */
  bool keep_source;           /* keep Source in FileResult (code frames) */
} Settings;

#define SG_PARSE_SECONDS_DEFAULT 10.0

#define SG_ANALYSIS_FACTS_DEFAULT (1ull << 26)

/* Defaults: rules enabled by default, 8 MiB limit, 10 s per parse, 2^26
 * facts, Python 3.11. */
void sg_settings_init(Settings *self);

#endif
