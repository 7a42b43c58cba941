#pragma once

#include <QList>

namespace mathakine {

// Summary of timed runs in milliseconds. Percentiles interpolate linearly between the
// closest ranks (PostgreSQL's percentile_cont, numpy's default), so p50 of {1, 2} is 1.5.
struct LatencyStats {
    int count = 0;
    double min = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;

    static LatencyStats of(QList<double> samplesMs);
    // The q-quantile (0..1) of sorted samples.
    static double percentile(const QList<double> &sorted, double q);
    bool operator==(const LatencyStats &) const = default;
};

}  // namespace mathakine
