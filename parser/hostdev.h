/* SG_HOSTDEV marks a function that runs on the CPU and, compiled by nvcc,
 * on the GPU too: per-node predicates are written once (beside the rule or
 * analysis they serve) and gpu/ includes them. Empty under a C compiler. */
#ifndef SG_HOSTDEV_H
#define SG_HOSTDEV_H

#ifdef __CUDACC__
#define SG_HOSTDEV __host__ __device__
#else
#define SG_HOSTDEV
#endif

#endif
