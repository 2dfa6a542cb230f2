/* `snag rules` (list, or rules.md as Markdown) and `snag rule CODE|NAME`. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "report/ruledoc.h"

int sg_cli_rules(int argc, char **argv) {
  const char *format = "text";
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--format") && i + 1 < argc) format = argv[++i];
    else if (!strncmp(argv[i], "--format=", 9)) format = argv[i] + 9;
    else return sg_cli_fail("unknown argument `%s` (usage: snag rules [--format text|markdown])", argv[i]);
  }
  if (!strcmp(format, "markdown")) {
    sg_ruledoc_catalog_markdown(stdout);
    return EXIT_CLEAN;
  }
  if (strcmp(format, "text")) return sg_cli_fail("unknown format `%s` (text, markdown)", format);
  for (int r = 0; r < RULE__COUNT; r++) {
    const RuleInfo *info = &sg_rules[r];
    printf("%s  %-28s %-8s %-4s %s\n", info->code, info->name, sg_severity_name(info->severity),
           info->default_enabled ? "on" : "off", info->doc->summary);
  }
  return EXIT_CLEAN;
}

int sg_cli_rule(int argc, char **argv) {
  if (argc != 2) return sg_cli_fail("usage: snag rule CODE|NAME (e.g. snag rule SNG201)");
  RuleId r = sg_rule_find(argv[1], (uint32_t)strlen(argv[1]));
  if (r == RULE__COUNT) return sg_cli_fail("unknown rule `%s` (see `snag rules`)", argv[1]);
  sg_ruledoc_text(stdout, r, isatty(STDOUT_FILENO));
  return EXIT_CLEAN;
}
