/* Unit test driver: runs every suite of suites.def, or those named on the
 * command line. */
#include <stdlib.h>

#include "tests/unit/test.h"

int sg_test_failures;
static int sg_test__passed, sg_test__failed;

void sg_test_run(const char *name, void (*fn)(void)) {
  sg_test_failures = 0;
  fn();
  if (sg_test_failures) {
    fprintf(stderr, "FAIL %s\n", name);
    sg_test__failed++;
  } else {
    sg_test__passed++;
  }
}

int main(int argc, char **argv) {
  static const struct { const char *name; void (*fn)(void); } suites[] = {
#define SUITE(name) {#name, test_suite_##name},
#include "tests/unit/suites.def"
#undef SUITE
  };
  for (size_t i = 0; i < sizeof suites / sizeof *suites; i++) {
    bool wanted = argc < 2;
    for (int a = 1; a < argc; a++) wanted |= strcmp(argv[a], suites[i].name) == 0;
    if (wanted) suites[i].fn();
  }
  printf("unit: %d passed, %d failed\n", sg_test__passed, sg_test__failed);
  return sg_test__failed ? 1 : 0;
}
