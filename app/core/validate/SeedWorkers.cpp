#include "validate/SeedWorkers.h"

#include "connection/DatabaseSession.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace mathakine {

qint64 seedClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

PgResult runSeedChunk(const PgExecutor &executor, const SeedChunk &chunk)
{
    if (!chunk.randomSeed.isEmpty()) {
        const PgResult seeded =
            executor.exec(QStringLiteral("SELECT setseed($1::float8)"), {chunk.randomSeed});
        if (!seeded.ok)
            return seeded;
    }
    return executor.exec(chunk.sql, chunk.values);
}

namespace {

// What the workers share; every member under `mutex`.
struct Shared {
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;
    int running = 0;
    bool stop = false;
    QList<int> startedTables;  // not yet reported by the calling thread
    std::vector<CancelToken> tokens;
    SeedWorkersOutcome outcome;

    // Stops every worker: no new chunk, and the statements in flight are canceled.
    void stopAll(std::unique_lock<std::mutex> &)
    {
        stop = true;
        for (CancelToken &token : tokens)
            token.cancel();
    }
};

void work(const ConnectionSpec &spec, const QStringList &settings, const QList<SeedChunk> &chunks,
          Shared *shared)
{
    const auto fail = [shared](int chunk, const QString &message) {
        std::unique_lock lock(shared->mutex);
        if (!shared->outcome.failed && !shared->outcome.canceled) {
            shared->outcome.failed = true;
            shared->outcome.failedChunk = chunk;
            shared->outcome.message = message;
        }
        shared->stopAll(lock);
    };
    auto opened = DatabaseSession::open(spec, QStringLiteral("seed"));
    if (!opened) {
        fail(-1, opened.error().fullText());
        return;
    }
    CancelToken token;
    token.arm(*opened.value());
    {
        std::lock_guard lock(shared->mutex);
        if (shared->stop)
            return;
        shared->tokens.push_back(token);
    }
    const PgExecutor executor(*opened.value());
    for (const QString &setting : settings) {
        if (const PgResult set = executor.exec(setting); !set.ok) {
            fail(-1, set.message);
            return;
        }
    }
    for (;;) {
        int index = 0;
        {
            std::lock_guard lock(shared->mutex);
            if (shared->stop || shared->next >= chunks.size())
                break;
            index = shared->next++;
            shared->startedTables << chunks.at(index).tableIndex;
        }
        shared->changed.notify_all();
        SeedChunkResult result{index, 0, {}, seedClockMs(), 0};
        const PgResult done = runSeedChunk(executor, chunks.at(index));
        if (!done.ok) {
            fail(index, done.message);
            break;
        }
        result.rows = done.affectedRows;
        result.value = done.value();
        result.endMs = seedClockMs();
        std::lock_guard lock(shared->mutex);
        shared->outcome.results << result;
    }
    token.disarm();
}

}  // namespace

SeedWorkers::SeedWorkers(ConnectionSpec spec, int jobs, QStringList settings, CancelToken cancel)
    : m_spec(std::move(spec)), m_jobs(qMax(1, jobs)), m_settings(std::move(settings)),
      m_cancel(std::move(cancel))
{}

SeedWorkersOutcome SeedWorkers::run(const QList<SeedChunk> &chunks,
                                    const std::function<void(int)> &started) const
{
    Shared shared;
    shared.running = static_cast<int>(qMin<qsizetype>(m_jobs, chunks.size()));
    std::vector<std::thread> threads;
    for (int i = 0; i < shared.running; ++i) {
        threads.emplace_back([this, &chunks, &shared] {
            work(m_spec, m_settings, chunks, &shared);
            std::lock_guard lock(shared.mutex);
            --shared.running;
            shared.changed.notify_all();
        });
    }
    std::unique_lock lock(shared.mutex);
    for (;;) {
        // Progress is reported from this thread only: handlers (the CLI's stream) need not be
        // thread-safe.
        const QList<int> tables = std::exchange(shared.startedTables, {});
        if (!tables.isEmpty() && started) {
            lock.unlock();
            for (int table : tables)
                started(table);
            lock.lock();
        }
        if (m_cancel.isCanceled() && !shared.outcome.canceled) {
            shared.outcome.canceled = true;
            shared.stopAll(lock);
        }
        if (shared.running == 0 && shared.startedTables.isEmpty())
            break;
        shared.changed.wait_for(lock, std::chrono::milliseconds(20));
    }
    lock.unlock();
    for (std::thread &thread : threads)
        thread.join();
    return shared.outcome;
}

}  // namespace mathakine
