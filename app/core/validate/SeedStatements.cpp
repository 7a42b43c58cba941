#include "validate/SeedStatements.h"

#include <algorithm>

namespace mathakine {

namespace {

enum Table { Users, Exercises, Attempts, Achievements, UserAchievements, Notifications, Sessions };

// The ids of a parent table as one array, read once per statement (a MATERIALIZED CTE is
// evaluated once, where a subquery referenced three times became three InitPlans; each
// `(SELECT ids FROM u)` is then an InitPlan parameter read per row, with no join): a random
// index into it picks a uniformly random existing row without the sort and join a numbered
// subquery costs, and ids with gaps never break a foreign key.
QString idsOf(const char *table, const char *alias)
{
    return QStringLiteral("%2 AS MATERIALIZED (SELECT array_agg(id) AS ids FROM %1)")
        .arg(QLatin1String(table), QLatin1String(alias));
}

// A random element of the array `ids` (see idsOf).
QString randomOf(const char *ids)
{
    return QStringLiteral("%1[1 + floor(random() * cardinality(%1))::int]").arg(QLatin1String(ids));
}

// The INSERT of each table. A generated table takes $1..$2 (its slice of generate_series) and,
// for unique names, $3 (the run's tag), and user_sessions $4 (its row count); user_achievements
// takes $1 slice index, $2 slice count, $3 achievements per user and $4 the users' id base.
// Indexed timestamps (earned_at, a session's expires_at) grow along the rows, each slice in its
// own window of the period, as in a table filled over time: their indexes then take neighbouring
// keys instead of a random leaf per row (a fifth of those tables' insert time, measured on 2
// cores). Within a slice's window the time follows the user id (a window is 1/kMaxSlices of
// the period: 2.5 days of sessions, 46 days of achievements).
// Expressions stay in float8 and integers: numeric rounding and md5 of random() text cost a third
// of the generation. Notifications and sessions go in sorted by user within their slice: their
// user_id indexes then take neighbouring keys instead of a random leaf per row (most of their
// insert time), while a user's rows still land in as many slices, so on as many heap pages, as
// random order gives, and the planner's correlation for user_id stays near 0 (a saw-tooth of
// kMaxSlices teeth). Generated names are zero-padded numbers, so their unique indexes append
// instead of inserting at random.
QString insertOf(Table table)
{
    const QString user = randomOf("(SELECT ids FROM u)");
    switch (table) {
    case Users:
        return QStringLiteral(
            "INSERT INTO users (username, email, hashed_password, full_name, role, is_active, created_at, updated_at,"
            " grade_level, preferred_difficulty, jedi_rank, total_points, current_level, experience_points,"
            " is_public_profile, is_deleted, language_preference)"
            " SELECT 'seed_' || $3 || '_' || s.n, 'seed_' || $3 || '_' || s.n || '@seed.mathakine.invalid',"
            " '$2b$12$' || md5(s.g::text), 'Padawan ' || s.g, (CASE WHEN s.g % 500 = 0 THEN 'MAITRE' ELSE 'PADAWAN' END)::userrole,"
            " s.r >= 0.05, s.created, s.created + random() * interval '30 days', 3 + s.g % 8,"
            " (ARRAY['INITIE', 'PADAWAN', 'CHEVALIER', 'MAITRE'])[1 + s.g % 4],"
            " CASE WHEN s.points >= 60000 THEN 'grand_master' WHEN s.points >= 30000 THEN 'master'"
            " WHEN s.points >= 12000 THEN 'knight' WHEN s.points >= 4000 THEN 'padawan'"
            " WHEN s.points >= 800 THEN 'initiate' ELSE 'youngling' END,"
            " s.points, 1 + s.points / 1000, s.points * 3, s.g % 3 = 0, s.r < 0.01, CASE WHEN s.g % 10 = 0 THEN 'en' ELSE 'fr' END"
            " FROM (SELECT g, lpad(g::text, 9, '0') AS n, floor(power(random(), 3) * 100000)::int AS points, random() AS r,"
            " now() - random() * interval '730 days' AS created FROM generate_series($1::bigint, $2::bigint) AS g) s");
    case Exercises:
        return QStringLiteral(
                   "WITH %1, k AS MATERIALIZED (SELECT enum_range(NULL::exercisetype) AS kinds, enum_range(NULL::difficultylevel) AS levels)"
                   " INSERT INTO exercises (title, creator_id, exercise_type, difficulty, tags, age_group, complexity, ai_generated,"
                   " question, correct_answer, is_active, is_archived, view_count, created_at, updated_at,"
                   " ai_confidence_score, human_reviewed, likes_count, quality_rating)"
                   " SELECT 'Exercice ' || $3 || '-' || s.g, %2, s.kind, s.level, 'seed', 'AGE_9_12', 1 + s.g % 5, s.r < 0.4,"
                   " s.a || ' + ' || s.b || ' = ?', (s.a + s.b)::text, s.r >= 0.03, s.r < 0.03, floor(random() * 5000)::int,"
                   " s.created, s.created, CASE WHEN s.r < 0.4 THEN round(random()::numeric, 2) END, s.r >= 0.4 OR s.g % 2 = 0,"
                   " floor(power(random(), 3) * 500)::int, round((1 + random() * 4)::numeric, 2)"
                   " FROM (SELECT g, %3 AS kind, %4 AS level, floor(random() * 100)::int AS a,"
                   " floor(random() * 100)::int AS b, random() AS r, now() - random() * interval '730 days' AS created"
                   " FROM generate_series($1::bigint, $2::bigint) AS g) s WHERE cardinality((SELECT ids FROM u)) > 0")
            .arg(idsOf("users", "u"), user, randomOf("(SELECT kinds FROM k)"),
                 randomOf("(SELECT levels FROM k)"));
    case Attempts:
        return QStringLiteral(
                   "WITH %1, %2 INSERT INTO attempts (user_id, exercise_id, user_answer, is_correct, time_spent, attempt_number, hints_used,"
                   " device_info, created_at)"
                   " SELECT %3, %4, s.answer::text, s.correct, s.spent, s.nth, s.hints, 'seed', s.created"
                   " FROM (SELECT g, random() < 0.72 AS correct, round(50 + random() * 1150) / 10 AS spent,"
                   " 1 + floor(power(random(), 4) * 3)::int AS nth, floor(power(random(), 3) * 3)::int AS hints,"
                   " floor(random() * 200)::int AS answer, now() - random() * interval '365 days' AS created"
                   " FROM generate_series($1::bigint, $2::bigint) AS g) s"
                   " WHERE cardinality((SELECT ids FROM u)) > 0 AND cardinality((SELECT ids FROM e)) > 0")
            .arg(idsOf("users", "u"), idsOf("exercises", "e"), user,
                 randomOf("(SELECT ids FROM e)"));
    case Achievements:
        return QStringLiteral(
            "INSERT INTO achievements (code, name, description, category, difficulty, points_reward, is_secret,"
            " requirements, star_wars_title, is_active)"
            " SELECT 'seed_' || $3 || '_' || g, 'Succès ' || g, 'Succès synthétique n° ' || g,"
            " (ARRAY['progression', 'maitrise', 'regularite', 'social', 'exploration'])[1 + g % 5],"
            " (ARRAY['bronze', 'silver', 'gold', 'legendary'])[1 + floor(power(random(), 2) * 4)::int],"
            " (ARRAY[10, 25, 50, 100])[1 + g % 4], g % 17 = 0, json_build_object('exercises', g * 5),"
            " (ARRAY['Jeune Padawan', 'Chevalier Jedi', 'Maître Jedi', 'Gardien de la Force'])[1 + g % 4], g % 23 <> 0"
            " FROM generate_series($1::bigint, $2::bigint) AS g");
    case UserAchievements:
        // k consecutive achievements (k at most their count) never repeat a pair, so no ON
        // CONFLICT: its speculative insertion cost a tenth of the table's time. Slice i takes every
        // new user with id % slices = i (balanced whatever gaps the ids have) and the i-th window
        // of the year, cut in one part per achievement rank k, where the users take their turn
        // in id order: earned_at rises along each rank's rows (k short runs of appends), a
        // user's achievements lie days apart, and user_id keeps a low correlation (0.14 at the
        // defaults), as in a table filled over time.
        return QStringLiteral(
                   "WITH %1, m AS MATERIALIZED (SELECT min(id) AS first, max(id) - min(id) + 1 AS span FROM users WHERE id > $4::bigint)"
                   " INSERT INTO user_achievements (user_id, achievement_id, earned_at, is_displayed)"
                   " SELECT s.user_id, (SELECT ids FROM a)[1 + (s.user_id::bigint * 7 + s.k) % cardinality((SELECT ids FROM a))],"
                   " now() - interval '8760 hours' * (1 - ($1::int + (s.k - 1 + (s.user_id - (SELECT first FROM m) + 0.5)"
                   " / (SELECT span FROM m)) / $3::int) / $2::int), random() < 0.9"
                   " FROM (SELECT u.id AS user_id, k FROM users u CROSS JOIN LATERAL"
                   " generate_series(1, least(u.id % ($3::int + 1), cardinality((SELECT ids FROM a)))) AS k"
                   " WHERE u.id > $4::bigint AND u.id % $2::int = $1::int) s"
                   " WHERE cardinality((SELECT ids FROM a)) > 0")
            .arg(idsOf("achievements", "a"));
    case Notifications:
        return QStringLiteral(
                   "WITH %1 INSERT INTO notifications (user_id, type, title, message, is_read, is_email_sent, priority, expires_at, created_at)"
                   " SELECT %2, s.kind, initcap(s.kind) || ' n° ' || s.g, 'Message synthétique', s.r < 0.7, s.r < 0.2,"
                   " 1 + floor(random() * 10)::int, CASE WHEN s.g % 4 = 0 THEN now() + interval '30 days' END,"
                   " now() - random() * interval '90 days'"
                   " FROM (SELECT g, (ARRAY['achievement', 'reminder', 'system', 'challenge', 'social'])[1 + floor(random() * 5)::int] AS kind,"
                   " random() AS r FROM generate_series($1::bigint, $2::bigint) AS g) s"
                   " WHERE cardinality((SELECT ids FROM u)) > 0 ORDER BY 1")
            .arg(idsOf("users", "u"), user);
    case Sessions:
        // Numbered after the sort by user, so the token (unique by its prefix; the md5 only gives
        // it a token's look) grows in insertion order as well.
        return QStringLiteral(
                   "WITH %1 INSERT INTO user_sessions (user_id, session_token, ip_address, user_agent, is_active, last_activity, created_at, expires_at)"
                   " SELECT s.uid, 'seed-' || $3 || '-' || lpad(s.n::text, 9, '0') || '-' || md5(s.n::text),"
                   " ('10.' || (s.n / 65536) % 256 || '.' || (s.n / 256) % 256 || '.' || s.n % 256)::inet,"
                   " 'Mozilla/5.0 (seed)', s.r < 0.35, s.created + random() * interval '48 hours', s.created, s.created + interval '336 hours'"
                   " FROM (SELECT x.uid, x.r, $1::bigint - 1 + row_number() OVER w AS n,"
                   " now() - interval '480 hours' * (1 - ($1::bigint - 2 + row_number() OVER w + random()) / $4::float8) AS created"
                   " FROM (SELECT %2 AS uid, random() AS r FROM generate_series($1::bigint, $2::bigint) AS g"
                   " WHERE cardinality((SELECT ids FROM u)) > 0) x WINDOW w AS (ORDER BY x.uid)) s ORDER BY s.uid")
            .arg(idsOf("users", "u"), user);
    }
    return {};
}

qint64 countOf(const SeedOptions &o, Table table)
{
    switch (table) {
    case Users:
        return o.users;
    case Exercises:
        return o.exercises;
    case Attempts:
        return o.attempts;
    case Achievements:
        return o.achievements;
    case UserAchievements:
        return o.achievementsPerUser > 0 ? o.users : 0;
    case Notifications:
        return o.notifications;
    case Sessions:
        return o.sessions;
    }
    return 0;
}

// setseed() value of one slice: the same options give the same data slice by slice.
QString seedOf(int randomSeed, Table table, qint64 slice)
{
    const qint64 mixed = (static_cast<qint64>(randomSeed) * 7919 + table * 131 + slice) % 2000;
    return QString::number(static_cast<double>(qAbs(mixed)) / 1000.0 - 1.0);
}

QList<SeedChunk> slicesOf(const SeedPlanInput &in, Table table)
{
    const qint64 rows = countOf(in.options, table);
    if (rows <= 0)
        return {};
    // Users in one slice: two sessions writing users fight over the same last leaves (ids, flags,
    // ranks) and spent twice the CPU per row for the same wall time (1.1 s for 100,000 users, 2
    // cores); one leaves the other core to the server and to other load (8.3 s against 8.9 s
    // for the whole seed with a busy loop on one core).
    const qint64 maxSlices = table == Users ? 1 : qMax(1, in.slicesPerTable);
    const qint64 slices = std::clamp<qint64>(rows / kMinSliceRows, 1, maxSlices);
    QList<SeedChunk> chunks;
    for (qint64 i = 0; i < slices; ++i) {
        SeedChunk chunk{table, insertOf(table), {}, seedOf(in.options.randomSeed, table, i)};
        if (table == UserAchievements) {
            chunk.values = {QString::number(i), QString::number(slices),
                            QString::number(in.options.achievementsPerUser),
                            QString::number(in.baseIds.value(Users))};
        } else {
            chunk.values = {QString::number(1 + rows * i / slices),
                            QString::number(rows * (i + 1) / slices)};
            if (table != Attempts && table != Notifications)
                chunk.values << in.tag;
            if (table == Sessions)
                chunk.values << QString::number(rows);
        }
        chunks << chunk;
    }
    return chunks;
}

}  // namespace

const QStringList &seedTables()
{
    static const QStringList tables{QStringLiteral("users"),
                                    QStringLiteral("exercises"),
                                    QStringLiteral("attempts"),
                                    QStringLiteral("achievements"),
                                    QStringLiteral("user_achievements"),
                                    QStringLiteral("notifications"),
                                    QStringLiteral("user_sessions")};
    return tables;
}

QList<QList<SeedChunk>> seedPhases(const SeedPlanInput &input)
{
    const QList<QList<Table>> phases{
        {Users, Achievements}, {Exercises}, {Attempts, Notifications, UserAchievements, Sessions}};
    QList<QList<SeedChunk>> result;
    for (const QList<Table> &tables : phases) {
        // Each table's slices spread evenly over the phase's queue: parallel sessions then
        // mostly write different tables at a time instead of fighting over one table's
        // rightmost index pages (a third more CPU when every session took the same table).
        QList<std::pair<double, SeedChunk>> ordered;
        for (Table table : tables) {
            const QList<SeedChunk> slices = slicesOf(input, table);
            for (qsizetype i = 0; i < slices.size(); ++i)
                ordered.append({(static_cast<double>(i) + 0.5) / static_cast<double>(slices.size()),
                                slices.at(i)});
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<SeedChunk> chunks;
        for (const auto &[position, chunk] : ordered)
            chunks << chunk;
        result << chunks;
    }
    return result;
}

QStringList parentLocks()
{
    return {QString(), QStringLiteral("LOCK TABLE users, achievements IN SHARE MODE"),
            QStringLiteral("LOCK TABLE exercises IN SHARE MODE")};
}

QList<SeedChunk> cleanupStatements(const SeedPlanInput &input)
{
    const auto base = [&input](Table t) { return QString::number(input.baseIds.value(t)); };
    return {
        {UserAchievements,
         QStringLiteral(
             "DELETE FROM user_achievements WHERE id > $1::bigint AND user_id > $2::bigint"),
         {base(UserAchievements), base(Users)},
         {}},
        {Attempts,
         QStringLiteral("DELETE FROM attempts WHERE id > $1::bigint AND device_info = 'seed'"),
         {base(Attempts)},
         {}},
        {Notifications,
         QStringLiteral(
             "DELETE FROM notifications WHERE id > $1::bigint AND message = 'Message synthétique'"),
         {base(Notifications)},
         {}},
        {Sessions,
         QStringLiteral(
             "DELETE FROM user_sessions WHERE id > $1::bigint AND starts_with(session_token, 'seed-' || $2 || '-')"),
         {base(Sessions), input.tag},
         {}},
        {Exercises,
         QStringLiteral(
             "DELETE FROM exercises WHERE id > $1::bigint AND starts_with(title, 'Exercice ' || $2 || '-')"),
         {base(Exercises), input.tag},
         {}},
        {Achievements,
         QStringLiteral(
             "DELETE FROM achievements WHERE id > $1::bigint AND starts_with(code, 'seed_' || $2 || '_')"),
         {base(Achievements), input.tag},
         {}},
        {Users,
         QStringLiteral(
             "DELETE FROM users WHERE id > $1::bigint AND starts_with(username, 'seed_' || $2 || '_')"),
         {base(Users), input.tag},
         {}},
    };
}

}  // namespace mathakine
