#include "validate/LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mathakine {

double LatencyStats::percentile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = q * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<qsizetype>(std::floor(rank));
    const auto upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = rank - static_cast<double>(lower);
    return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * fraction;
}

LatencyStats LatencyStats::of(QList<double> samplesMs)
{
    LatencyStats stats;
    if (samplesMs.isEmpty())
        return stats;
    std::sort(samplesMs.begin(), samplesMs.end());
    stats.count = static_cast<int>(samplesMs.size());
    stats.min = samplesMs.constFirst();
    stats.max = samplesMs.constLast();
    stats.p50 = percentile(samplesMs, 0.50);
    stats.p95 = percentile(samplesMs, 0.95);
    stats.p99 = percentile(samplesMs, 0.99);
    stats.mean =
        std::accumulate(samplesMs.begin(), samplesMs.end(), 0.0) / static_cast<double>(stats.count);
    return stats;
}

}  // namespace mathakine
