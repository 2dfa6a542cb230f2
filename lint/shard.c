#include "lint/shard.h"

#include <stdlib.h>
#include <string.h>

bool sg_shard_parse(const char *text, uint32_t *k, uint32_t *n) {
  char *end;
  if (!text || *text < '0' || *text > '9') return false;
  unsigned long a = strtoul(text, &end, 10);
  if (*end != '/' || end[1] < '0' || end[1] > '9') return false;
  unsigned long b = strtoul(end + 1, &end, 10);
  if (*end || a < 1 || b < 1 || a > b || b > 1024) return false;
  *k = (uint32_t)a, *n = (uint32_t)b;
  return true;
}

bool sg_shard_takes(const char *path, uint32_t k, uint32_t n) {
  uint64_t h = 1469598103934665603ull;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) h = (h ^ *p) * 1099511628211ull;
  return h % n == k - 1;
}
