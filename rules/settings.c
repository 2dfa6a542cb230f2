#include "rules/settings.h"

#include <string.h>

#include "parser/source.h"

void sg_settings_init(Settings *self) {
  memset(self, 0, sizeof *self);
  for (int r = 0; r < RULE__COUNT; r++) self->enabled[r] = sg_rules[r].default_enabled;
  self->max_file_size = SG_SOURCE_MAX_DEFAULT;
  self->max_parse_seconds = SG_PARSE_SECONDS_DEFAULT;
  self->max_analysis_facts = SG_ANALYSIS_FACTS_DEFAULT;
  self->target_minor = 11;
}
