#pragma once

#include "MigrationFixtures.h"
#include "TestServer.h"

#include "run/MigrationRun.h"

#include <QTest>

// A database made like the Mathakine backend's before Phase 1 (issue 15's acceptance): the
// baseline as its ORM created it, users.total_points / current_level / experience_points /
// jedi_rank / avatar_url added by hand with the defaults 0 / 1 / 0 / 'youngling' / none,
// achievements and user_achievements created by hand, public.alembic_version holding the
// backend's own revision 20250513_baseline, no history of ours, and some rows.
namespace testsupport {

inline QString backendLikeDatabase(const QString &prefix, const QStringList &extraSql = {})
{
    const QString db = createDatabase(prefix);
    auto baseline = mathakine::MigrationRun(spec(db), mathakine::RunOptions())
                        .upgrade(loadCatalog(realMigrationsDir()), QStringLiteral("0001"));
    if (!baseline)
        qFatal("%s", qPrintable(baseline.error().fullText()));
    const QStringList statements = {
        QStringLiteral("DROP SCHEMA mathakine_admin CASCADE"),
        QStringLiteral("DELETE FROM public.alembic_version"),
        QStringLiteral("INSERT INTO public.alembic_version VALUES ('20250513_baseline')"),
        QStringLiteral("ALTER TABLE users ADD COLUMN total_points integer DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN current_level integer DEFAULT 1"),
        QStringLiteral("ALTER TABLE users ADD COLUMN experience_points integer DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN jedi_rank varchar(50) DEFAULT 'youngling'"),
        QStringLiteral("ALTER TABLE users ADD COLUMN avatar_url varchar(255)"),
        QStringLiteral(
            "CREATE TABLE achievements (id serial PRIMARY KEY, code varchar(100) NOT NULL UNIQUE, name varchar(255) NOT NULL,"
            " description text, icon_url varchar(255), category varchar(50), difficulty varchar(50),"
            " points_reward integer DEFAULT 0, is_secret boolean DEFAULT false, requirements json,"
            " star_wars_title varchar(255), is_active boolean DEFAULT true, created_at timestamptz DEFAULT now())"),
        QStringLiteral(
            "CREATE TABLE user_achievements (id serial PRIMARY KEY,"
            " user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " achievement_id integer NOT NULL REFERENCES achievements(id) ON DELETE CASCADE,"
            " earned_at timestamptz DEFAULT now(), progress_data json, is_displayed boolean DEFAULT true,"
            " UNIQUE (user_id, achievement_id))"),
        QStringLiteral(
            "INSERT INTO users (username, email, hashed_password, total_points, jedi_rank, avatar_url) VALUES"
            " ('luke', 'luke@example.org', 'x', 120, 'padawan', 'https://img/luke.png'),"
            " ('leia', 'leia@example.org', 'x', 300, 'knight', NULL),"
            " ('han', 'han@example.org', 'x', 0, 'youngling', NULL)"),
        QStringLiteral(
            "INSERT INTO achievements (code, name, difficulty, points_reward) VALUES ('first', 'Premier pas', 'bronze', 10),"
            " ('gold', 'Maître', 'gold', 100)"),
        QStringLiteral(
            "INSERT INTO user_achievements (user_id, achievement_id) SELECT u.id, a.id FROM users u, achievements a"
            " WHERE u.username IN ('luke', 'leia')"),
    };
    for (const QString &sql : statements + extraSql) {
        QString error;
        if (!exec(db, sql, &error))
            qFatal("%s: %s", qPrintable(sql), qPrintable(error));
    }
    return db;
}

inline QStringList cliArgs(const QString &db, const QStringList &command,
                           const QString &migrations = realMigrationsDir())
{
    return QStringList{QStringLiteral("--url"),        url(db),
                       QStringLiteral("--migrations"), migrations,
                       QStringLiteral("--lang"),       QStringLiteral("en")}
    + command;
}

}  // namespace testsupport
