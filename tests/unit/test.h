/* A tiny unit-test harness: CHECK macros count failures, each suite is a
 * function listed in tests/unit/suites.def, and main prints
 * "N passed, N failed" (a test passes when none of its CHECKs fail). */
#ifndef SG_TEST_H
#define SG_TEST_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

extern int sg_test_failures;  /* CHECK failures in the current test */

#define CHECK(cond)                                                        \
  do {                                                                     \
    if (!(cond)) {                                                         \
      fprintf(stderr, "  %s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      sg_test_failures++;                                                  \
    }                                                                      \
  } while (0)

#define CHECK_INT(a, b)                                                    \
  do {                                                                     \
    long long _a = (long long)(a), _b = (long long)(b);                    \
    if (_a != _b) {                                                        \
      fprintf(stderr, "  %s:%d: %s == %lld, expected %lld\n", __FILE__,    \
              __LINE__, #a, _a, _b);                                       \
      sg_test_failures++;                                                  \
    }                                                                      \
  } while (0)

#define CHECK_STR(a, b)                                                    \
  do {                                                                     \
    const char *_a = (a), *_b = (b);                                       \
    if (!_a || !_b || strcmp(_a, _b) != 0) {                               \
      fprintf(stderr, "  %s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, \
              __LINE__, #a, _a ? _a : "(null)", _b ? _b : "(null)");       \
      sg_test_failures++;                                                  \
    }                                                                      \
  } while (0)

void sg_test_run(const char *name, void (*fn)(void));
#define RUN_TEST(fn) sg_test_run(#fn, fn)

#define SUITE(name) void test_suite_##name(void);
#include "tests/unit/suites.def"
#undef SUITE

#endif
