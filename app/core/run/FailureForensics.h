#pragma once

#include "common/Outcome.h"
#include "migrate/CreatedObjects.h"
#include "migrate/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mathakine {

class DatabaseSession;

// What a migration recorded as failed (or interrupted) left behind, for a DBA at 2 a.m.:
// its statements — those that took effect, the one that failed with the server's error and
// SQLSTATE, those not run — from the history row and the text that ran, and the actual
// state of every object it touches, read from the catalog (never from the log).
struct FailureForensics {
    Q_DECLARE_TR_FUNCTIONS(FailureForensics)

public:
    enum class StatementState { TookEffect, Failed, NotRun };
    struct Statement {
        int index = 0;  // 1-based in the section that ran
        int line = 0;   // in the file
        QString sql;
        StatementState state = StatementState::NotRun;
    };
    struct ObjectState {
        CreatedObject object;
        bool exists = false;
        bool valid = true;         // false for an INVALID index
        QString definition;        // a column's type, else empty
        QString describe() const;  // "column public.items.code: exists (text)", translated
    };

    QString version;
    bool down = false;
    bool interrupted =
        false;  // state Running with no run in progress: the process or connection died
    int failedStatement = 0;  // 1-based; 0 when none is known
    QString error;
    QString sqlState;
    QList<Statement> statements;
    QList<ObjectState> objects;

    // row: the migration's history row (Failed or Running); migration: its file, used when
    // the row does not hold the text that ran (before tool schema 4).
    static FailureForensics read(const DatabaseSession &session, const Migration &migration,
                                 const AppliedMigration &row);
    static QString stateName(
        StatementState state);  // translated: "took effect", "failed", "not run"
    // The statements and objects, one per line, indented, for `status` and the window.
    QString text() const;
    QJsonObject toJson() const;
};

}  // namespace mathakine
