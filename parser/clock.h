/* sg_clock_now: a monotonic clock in seconds, for phase timings. */
#ifndef SG_CLOCK_H
#define SG_CLOCK_H

#include <time.h>

static inline double sg_clock_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The calling thread's CPU time in seconds: a budget that a loaded machine
 * (other jobs, more threads than cores) does not eat into. */
static inline double sg_clock_thread_cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#endif
