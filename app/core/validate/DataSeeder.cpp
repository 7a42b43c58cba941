#include "validate/DataSeeder.h"

#include "connection/DatabaseSession.h"
#include "log/Log.h"
#include "validate/PgExecutor.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace mathakine {

namespace {

// Picks a uniformly random existing row of a table: numbered rows joined on a random rank,
// so ids with gaps never produce a foreign key violation.
QString numbered(const char *table)
{
    return QStringLiteral("(SELECT id, row_number() OVER (ORDER BY id) AS rn FROM %1)").arg(QLatin1String(table));
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
    const QString users = numbered("users");
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
            " SELECT 'Exercice ' || $2 || '-' || s.g, u.id, s.kind, s.level, 'seed', 'AGE_9_12', 1 + s.g % 5, s.r < 0.4,"
            " s.a || ' + ' || s.b || ' = ?', (s.a + s.b)::text, s.r >= 0.03, s.r < 0.03, floor(random() * 5000)::int,"
            " s.created, s.created, CASE WHEN s.r < 0.4 THEN round(random()::numeric, 2) END, s.r >= 0.4 OR s.g % 2 = 0,"
            " floor(power(random(), 3) * 500)::int, round((1 + random() * 4)::numeric, 2)"
            " FROM (SELECT g, (enum_range(NULL::exercisetype))[1 + floor(random() * 9)::int] AS kind,"
            " (enum_range(NULL::difficultylevel))[1 + floor(random() * 4)::int] AS level, floor(random() * 100)::int AS a,"
            " floor(random() * 100)::int AS b, random() AS r, now() - random() * interval '730 days' AS created,"
            " 1 + floor(random() * (SELECT count(*) FROM users))::bigint AS ur FROM generate_series(1, $1::bigint) AS g) s"
            " JOIN %1 u ON u.rn = s.ur").arg(users)},
        {"attempts", Second::None, QStringLiteral(
            "INSERT INTO attempts (user_id, exercise_id, user_answer, is_correct, time_spent, attempt_number, hints_used,"
            " device_info, created_at)"
            " SELECT u.id, e.id, s.answer::text, s.correct, s.spent, s.nth, s.hints, 'seed', s.created"
            " FROM (SELECT g, 1 + floor(random() * (SELECT count(*) FROM users))::bigint AS ur,"
            " 1 + floor(random() * (SELECT count(*) FROM exercises))::bigint AS er, random() < 0.72 AS correct,"
            " round((5 + random() * 115)::numeric, 1)::float8 AS spent, 1 + floor(power(random(), 4) * 3)::int AS nth,"
            " floor(power(random(), 3) * 3)::int AS hints, floor(random() * 200)::int AS answer,"
            " now() - random() * interval '365 days' AS created FROM generate_series(1, $1::bigint) AS g) s"
            " JOIN %1 u ON u.rn = s.ur JOIN %2 e ON e.rn = s.er").arg(users, numbered("exercises"))},
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
            " SELECT s.user_id, a.id, now() - random() * interval '365 days', random() < 0.9"
            " FROM (SELECT u.id AS user_id, k FROM users u CROSS JOIN LATERAL generate_series(1, u.id % ($1::int + 1)) AS k"
            " WHERE u.id > $2::bigint) s"
            " JOIN %1 a ON a.rn = 1 + (s.user_id::bigint * 7 + s.k * 13) % (SELECT greatest(count(*), 1) FROM achievements)"
            " ON CONFLICT (user_id, achievement_id) DO NOTHING").arg(numbered("achievements"))},
        {"notifications", Second::None, QStringLiteral(
            "INSERT INTO notifications (user_id, type, title, message, is_read, is_email_sent, priority, expires_at, created_at)"
            " SELECT u.id, s.kind, initcap(s.kind) || ' n° ' || s.g, 'Message synthétique', s.r < 0.7, s.r < 0.2,"
            " 1 + floor(random() * 10)::int, CASE WHEN s.g % 4 = 0 THEN now() + interval '30 days' END,"
            " now() - random() * interval '90 days'"
            " FROM (SELECT g, (ARRAY['achievement', 'reminder', 'system', 'challenge', 'social'])[1 + floor(random() * 5)::int] AS kind,"
            " random() AS r, 1 + floor(random() * (SELECT count(*) FROM users))::bigint AS ur"
            " FROM generate_series(1, $1::bigint) AS g) s JOIN %1 u ON u.rn = s.ur").arg(users)},
        {"user_sessions", Second::Tag, QStringLiteral(
            "INSERT INTO user_sessions (user_id, session_token, ip_address, user_agent, is_active, last_activity, created_at, expires_at)"
            " SELECT u.id, 'seed-' || $2 || '-' || s.g || '-' || md5(random()::text),"
            " ('10.' || (s.g / 65536) % 256 || '.' || (s.g / 256) % 256 || '.' || s.g % 256)::inet,"
            " 'Mozilla/5.0 (seed)', s.r < 0.35, s.created + random() * interval '2 days', s.created, s.created + interval '14 days'"
            " FROM (SELECT g, random() AS r, now() - random() * interval '20 days' AS created,"
            " 1 + floor(random() * (SELECT count(*) FROM users))::bigint AS ur FROM generate_series(1, $1::bigint) AS g) s"
            " JOIN %1 u ON u.rn = s.ur").arg(users)},
    };
}

AppError seedError(const QString &message, const QString &detail = {}, const QString &hint = {})
{
    return AppError{ExitCode::Failed, message, detail, hint, {}, 0, 0};
}

} // namespace

DataSeeder::DataSeeder(ConnectionSpec spec, SeedOptions options) : m_spec(std::move(spec)), m_options(options) {}

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
    m_cancel.arm(session);
    executor.exec(QStringLiteral("BEGIN"));
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
        log::info(QStringLiteral("seed: %1 rows into %2 in %3 ms").arg(inserted.affectedRows).arg(QLatin1String(sql.at(i).table)).arg(timer.elapsed()));
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
