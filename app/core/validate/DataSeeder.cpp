#include "validate/DataSeeder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "validate/PgExecutor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QCoreApplication>

namespace mathakine {

namespace {

// The ids of a table as one array, read once per statement: a random index into it picks a
// uniformly random existing row (ids with gaps never violate a foreign key) without the sort and
// join a numbered subquery costs. `alias` names the array column.
QString idsOf(const char *table, const char *alias)
{
    return QStringLiteral("(SELECT array_agg(id) FROM %1) AS %2").arg(QLatin1String(table), QLatin1String(alias));
}

// A random element of the array column `ids` (see idsOf).
QString randomOf(const char *ids)
{
    return QStringLiteral("%1[1 + floor(random() * cardinality(%1))::int]").arg(QLatin1String(ids));
}

// $1 is the row count; $2, when used, the run's tag (unique names) or the users' id base.
enum class Second { None, Tag, UsersBase };
struct Statement {
    const char *table;
    Second second;
    QString sql;
};

QList<Statement> statements()
{
    const QString users = idsOf("users", "uids");
    const QString user = randomOf("k.uids");
    return {
        {"users", Second::Tag, QStringLiteral(
            "INSERT INTO users (username, email, hashed_password, full_name, role, is_active, created_at, updated_at,"
            " grade_level, preferred_difficulty, jedi_rank, total_points, current_level, experience_points,"
            " is_public_profile, is_deleted, language_preference)"
            " SELECT 'seed_' || $2 || '_' || s.g, 'seed_' || $2 || '_' || s.g || '@seed.mathakine.invalid',"
            " '$2b$12$' || md5(s.g::text), 'Padawan ' || s.g, (CASE WHEN s.g % 500 = 0 THEN 'MAITRE' ELSE 'PADAWAN' END)::userrole,"
            " s.r >= 0.05, s.created, s.created + random() * interval '30 days', 3 + s.g % 8,"
            " (ARRAY['INITIE', 'PADAWAN', 'CHEVALIER', 'MAITRE'])[1 + s.g % 4],"
            " CASE WHEN s.points >= 60000 THEN 'grand_master' WHEN s.points >= 30000 THEN 'master'"
            " WHEN s.points >= 12000 THEN 'knight' WHEN s.points >= 4000 THEN 'padawan'"
            " WHEN s.points >= 800 THEN 'initiate' ELSE 'youngling' END,"
            " s.points, 1 + s.points / 1000, s.points * 3, s.g % 3 = 0, s.r < 0.01, CASE WHEN s.g % 10 = 0 THEN 'en' ELSE 'fr' END"
            " FROM (SELECT g, floor(power(random(), 3) * 100000)::int AS points, random() AS r,"
            " now() - random() * interval '730 days' AS created FROM generate_series(1, $1::bigint) AS g) s")},
        {"exercises", Second::Tag, QStringLiteral(
            "INSERT INTO exercises (title, creator_id, exercise_type, difficulty, tags, age_group, complexity, ai_generated,"
            " question, correct_answer, is_active, is_archived, view_count, created_at, updated_at,"
            " ai_confidence_score, human_reviewed, likes_count, quality_rating)"
            " SELECT 'Exercice ' || $2 || '-' || s.g, %2, s.kind, s.level, 'seed', 'AGE_9_12', 1 + s.g % 5, s.r < 0.4,"
            " s.a || ' + ' || s.b || ' = ?', (s.a + s.b)::text, s.r >= 0.03, s.r < 0.03, floor(random() * 5000)::int,"
            " s.created, s.created, CASE WHEN s.r < 0.4 THEN round(random()::numeric, 2) END, s.r >= 0.4 OR s.g % 2 = 0,"
            " floor(power(random(), 3) * 500)::int, round((1 + random() * 4)::numeric, 2)"
            " FROM (SELECT g, (enum_range(NULL::exercisetype))[1 + floor(random() * 9)::int] AS kind,"
            " (enum_range(NULL::difficultylevel))[1 + floor(random() * 4)::int] AS level, floor(random() * 100)::int AS a,"
            " floor(random() * 100)::int AS b, random() AS r, now() - random() * interval '730 days' AS created"
            " FROM generate_series(1, $1::bigint) AS g) s CROSS JOIN (SELECT %1) k WHERE cardinality(k.uids) > 0").arg(users, user)},
        {"attempts", Second::None, QStringLiteral(
            "INSERT INTO attempts (user_id, exercise_id, user_answer, is_correct, time_spent, attempt_number, hints_used,"
            " device_info, created_at)"
            " SELECT %3, %4, s.answer::text, s.correct, s.spent, s.nth, s.hints, 'seed', s.created"
            " FROM (SELECT g, random() < 0.72 AS correct,"
            " round((5 + random() * 115)::numeric, 1)::float8 AS spent, 1 + floor(power(random(), 4) * 3)::int AS nth,"
            " floor(power(random(), 3) * 3)::int AS hints, floor(random() * 200)::int AS answer,"
            " now() - random() * interval '365 days' AS created FROM generate_series(1, $1::bigint) AS g) s"
            " CROSS JOIN (SELECT %1, %2) k WHERE cardinality(k.uids) > 0 AND cardinality(k.eids) > 0")
             .arg(users, idsOf("exercises", "eids"), user, randomOf("k.eids"))},
        {"achievements", Second::Tag, QStringLiteral(
            "INSERT INTO achievements (code, name, description, category, difficulty, points_reward, is_secret,"
            " requirements, star_wars_title, is_active)"
            " SELECT 'seed_' || $2 || '_' || g, 'Succès ' || g, 'Succès synthétique n° ' || g,"
            " (ARRAY['progression', 'maitrise', 'regularite', 'social', 'exploration'])[1 + g % 5],"
            " (ARRAY['bronze', 'silver', 'gold', 'legendary'])[1 + floor(power(random(), 2) * 4)::int],"
            " (ARRAY[10, 25, 50, 100])[1 + g % 4], g % 17 = 0, json_build_object('exercises', g * 5),"
            " (ARRAY['Jeune Padawan', 'Chevalier Jedi', 'Maître Jedi', 'Gardien de la Force'])[1 + g % 4], g % 23 <> 0"
            " FROM generate_series(1, $1::bigint) AS g")},
        {"user_achievements", Second::UsersBase, QStringLiteral(
            "INSERT INTO user_achievements (user_id, achievement_id, earned_at, is_displayed)"
            " SELECT s.user_id, k.aids[1 + (s.user_id::bigint * 7 + s.k * 13) % cardinality(k.aids)],"
            " now() - random() * interval '365 days', random() < 0.9"
            " FROM (SELECT u.id AS user_id, k FROM users u CROSS JOIN LATERAL generate_series(1, u.id % ($1::int + 1)) AS k"
            " WHERE u.id > $2::bigint) s"
            " CROSS JOIN (SELECT %1) k WHERE cardinality(k.aids) > 0"
            " ON CONFLICT (user_id, achievement_id) DO NOTHING").arg(idsOf("achievements", "aids"))},
        {"notifications", Second::None, QStringLiteral(
            "INSERT INTO notifications (user_id, type, title, message, is_read, is_email_sent, priority, expires_at, created_at)"
            " SELECT %2, s.kind, initcap(s.kind) || ' n° ' || s.g, 'Message synthétique', s.r < 0.7, s.r < 0.2,"
            " 1 + floor(random() * 10)::int, CASE WHEN s.g % 4 = 0 THEN now() + interval '30 days' END,"
            " now() - random() * interval '90 days'"
            " FROM (SELECT g, (ARRAY['achievement', 'reminder', 'system', 'challenge', 'social'])[1 + floor(random() * 5)::int] AS kind,"
            " random() AS r FROM generate_series(1, $1::bigint) AS g) s"
            " CROSS JOIN (SELECT %1) k WHERE cardinality(k.uids) > 0").arg(users, user)},
        {"user_sessions", Second::Tag, QStringLiteral(
            "INSERT INTO user_sessions (user_id, session_token, ip_address, user_agent, is_active, last_activity, created_at, expires_at)"
            " SELECT %2, 'seed-' || $2 || '-' || s.g || '-' || md5(random()::text),"
            " ('10.' || (s.g / 65536) % 256 || '.' || (s.g / 256) % 256 || '.' || s.g % 256)::inet,"
            " 'Mozilla/5.0 (seed)', s.r < 0.35, s.created + random() * interval '2 days', s.created, s.created + interval '14 days'"
            " FROM (SELECT g, random() AS r, now() - random() * interval '20 days' AS created"
            " FROM generate_series(1, $1::bigint) AS g) s CROSS JOIN (SELECT %1) k WHERE cardinality(k.uids) > 0").arg(users, user)},
    };
}

// Every foreign key of the seeded tables, checked set-based in one anti-join each (what
// ALTER TABLE … VALIDATE CONSTRAINT does): returns the constraints that have a row without its
// referenced row. Used when the per-row checks were skipped (session_replication_role).
const char *const kForeignKeyViolations =
    "SELECT c.conname, format('SELECT EXISTS (SELECT 1 FROM %I.%I f WHERE (%s) IS NOT NULL AND NOT EXISTS"
    " (SELECT 1 FROM %I.%I p WHERE (%s) = (%s)))', fn.nspname, fr.relname,"
    " (SELECT string_agg(format('f.%I', a.attname), ', ') FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k),"
    " pn.nspname, pr.relname,"
    " (SELECT string_agg(format('p.%I', a.attname), ', ' ORDER BY o) FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n),"
    " (SELECT string_agg(format('f.%I', a.attname), ', ' ORDER BY o) FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n))"
    " FROM pg_constraint c JOIN pg_class fr ON fr.oid = c.conrelid JOIN pg_namespace fn ON fn.oid = fr.relnamespace"
    " JOIN pg_class pr ON pr.oid = c.confrelid JOIN pg_namespace pn ON pn.oid = pr.relnamespace"
    " WHERE c.contype = 'f' AND fn.nspname = current_schema() AND fr.relname IN"
    " ('users', 'exercises', 'attempts', 'achievements', 'user_achievements', 'notifications', 'user_sessions')";

// The first foreign key of the seeded tables with a dangling row (empty when every key holds),
// or the server's message when a check could not run.
struct KeyCheck {
    QString violated;
    QString failure;
};

KeyCheck checkForeignKeys(const PgExecutor &executor)
{
    executor.exec(QStringLiteral("SET LOCAL session_replication_role = origin"));
    const PgResult keys = executor.exec(QLatin1String(kForeignKeyViolations));
    if (!keys.ok)
        return {{}, keys.message};
    for (const QStringList &key : keys.rows) {
        const PgResult dangling = executor.exec(key.at(1));
        if (!dangling.ok)
            return {{}, dangling.message};
        if (dangling.value() != QLatin1String("f"))
            return {key.at(0), {}};
    }
    return {};
}

AppError seedError(const QString &message, const QString &detail = {}, const QString &hint = {})
{
    return AppError{.exitCode = ExitCode::Failed, .message = message, .detail = detail, .hint = hint};
}

} // namespace

DataSeeder::DataSeeder(ConnectionSpec spec, SeedOptions options, CancelToken cancel)
    : m_spec(std::move(spec)), m_options(options), m_cancel(std::move(cancel))
{
}

Outcome<SeedReport> DataSeeder::run()
{
    if (m_spec.profile.isProduction()) {
        AppError error = seedError(tr("Refused: profile %1 is tagged production; synthetic data is for test databases only.")
                                       .arg(m_spec.profile.name));
        error.exitCode = ExitCode::Usage;
        return error;
    }
    auto opened = DatabaseSession::open(m_spec, QStringLiteral("seed"));
    if (!opened)
        return opened.error();
    const DatabaseSession &session = *opened.value();
    const PgExecutor executor(session);
    const PgResult ready = executor.exec(QStringLiteral(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND ((table_name = 'users' AND column_name IN ('jedi_rank', 'total_points')) OR (table_name = 'exercises' AND column_name = 'likes_count')"
        " OR (table_name IN ('user_sessions', 'achievements', 'user_achievements', 'notifications') AND column_name = 'id'))"));
    if (!ready.ok || ready.value().toInt() != 7)
        return seedError(tr("The database lacks the Phase 1 schema the synthetic data needs."), ready.message,
                         tr("Apply the migrations first: mathakine-admin upgrade."));

    const QList<std::pair<const char *, qint64>> counts = {
        {"users", m_options.users}, {"exercises", m_options.exercises}, {"attempts", m_options.attempts},
        {"achievements", m_options.achievements}, {"user_achievements", m_options.achievementsPerUser},
        {"notifications", m_options.notifications}, {"user_sessions", m_options.sessions}};
    const QList<Statement> sql = statements();
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    // A role that may set session_replication_role skips the per-row foreign key triggers (two
    // thirds of the insert time) and checks every key set-based before the commit instead.
    const bool setBasedKeys = executor.exec(QStringLiteral("SELECT current_setting('is_superuser')")).value() == QLatin1String("on");
    m_cancel.arm(session);
    executor.exec(QStringLiteral("BEGIN"));
    // JIT costs more than it saves on these one-pass statements; the id arrays and sorts stay in memory.
    executor.exec(QStringLiteral("SET LOCAL jit = off"));
    executor.exec(QStringLiteral("SET LOCAL work_mem = '64MB'"));
    if (setBasedKeys)
        executor.exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    executor.exec(QStringLiteral("SELECT setseed($1::float8)"), {QString::number((m_options.randomSeed % 1000) / 1000.0)});
    const QString usersBase = executor.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM users")).value();

    SeedReport report;
    const int stepCount = static_cast<int>(sql.size()) + 1;
    for (int i = 0; i < sql.size(); ++i) {
        if (m_progress)
            m_progress({i + 1, stepCount, QLatin1String(sql.at(i).table)});
        QElapsedTimer timer;
        timer.start();
        QStringList values{QString::number(counts.at(i).second)};
        if (sql.at(i).second != Second::None)
            values << (sql.at(i).second == Second::Tag ? tag : usersBase);
        PgResult inserted;
        inserted.ok = true;  // a count of 0 skips the table
        if (counts.at(i).second > 0 && !m_cancel.isCanceled())
            inserted = executor.exec(sql.at(i).sql, values);
        if (!inserted.ok || m_cancel.isCanceled()) {
            executor.exec(QStringLiteral("ROLLBACK"));
            return m_cancel.isCanceled() ? seedError(tr("Seeding was canceled; nothing was kept."))
                                         : seedError(tr("Seeding %1 failed; nothing was kept.").arg(QLatin1String(sql.at(i).table)), inserted.message);
        }
        report.steps << SeedStep{QLatin1String(sql.at(i).table), inserted.affectedRows, timer.elapsed()};
        report.totalRows += inserted.affectedRows;
        report.totalMs += timer.elapsed();
        log::info(QCoreApplication::translate("Journal", "seed: %1 rows into %2 in %3 ms").arg(inserted.affectedRows).arg(QLatin1String(sql.at(i).table)).arg(timer.elapsed()));
    }
    if (setBasedKeys) {
        QElapsedTimer verify;
        verify.start();
        const auto countVerify = qScopeGuard([&] { report.totalMs += verify.elapsed(); });
        if (const KeyCheck keys = checkForeignKeys(executor); !keys.violated.isEmpty() || !keys.failure.isEmpty() || m_cancel.isCanceled()) {
            executor.exec(QStringLiteral("ROLLBACK"));
            if (m_cancel.isCanceled())
                return seedError(tr("Seeding was canceled; nothing was kept."));
            return keys.failure.isEmpty() ? seedError(tr("Seeded rows break foreign key %1; nothing was kept.").arg(keys.violated))
                                          : seedError(tr("Checking the foreign keys of the seeded rows failed; nothing was kept."), keys.failure);
        }
    }
    if (const PgResult committed = executor.exec(QStringLiteral("COMMIT")); !committed.ok)
        return seedError(tr("Seeding could not be committed."), committed.message);
    m_cancel.disarm();
    if (m_progress)
        m_progress({stepCount, stepCount, QStringLiteral("ANALYZE")});
    QElapsedTimer analyze;
    analyze.start();
    // Fresh statistics, or the benchmark would time plans made for empty tables.
    executor.exec(QStringLiteral("ANALYZE users, exercises, attempts, achievements, user_achievements, notifications, user_sessions"));
    report.analyzeMs = analyze.elapsed();
    return report;
}

} // namespace mathakine
