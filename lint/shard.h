/* Shards: `snag check --shard K/N` lints the K-th of N shares of the files
 * it discovers, split by a hash of each path as discovered, so that N CI
 * runners (a matrix job) each take a share with no coordination, and
 * `snag merge` joins their JSON or SARIF into what one run prints. The
 * split depends on the path string alone: every runner must check out at
 * the same layout and name the same roots. */
#ifndef SG_SHARD_H
#define SG_SHARD_H

#include <stdbool.h>
#include <stdint.h>

/* "K/N" with 1 <= K <= N <= 1024. */
bool sg_shard_parse(const char *text, uint32_t *k, uint32_t *n);
/* Is `path` in shard k of n (1-based)? FNV-1a of the path's bytes, modulo
 * n: fixed, so that runners of one snag version always agree. */
bool sg_shard_takes(const char *path, uint32_t k, uint32_t n);

#endif
