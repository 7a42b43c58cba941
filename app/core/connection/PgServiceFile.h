#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace mathakine {

// One "keyword=value" line of a service definition, with where it was read (for errors).
struct ServiceKeyword {
    QString key;
    QString value;
    int line = 0;  // 1-based line number in the file
};

struct PgService {
    QString name;
    QString file;  // the file the definition came from
    QList<ServiceKeyword> keywords;
};

// libpq's connection service file, read with libpq's rules (libpq docs §34.17,
// fe-connect.c parseServiceFile): "[name]" sections of "keyword=value" lines, '#' comments,
// no spaces around '='. The user file ($PGSERVICEFILE, else ~/.pg_service.conf) is searched
// first, then the system file ($PGSYSCONFDIR/pg_service.conf, /etc/postgresql-common on
// Debian); the first file holding the service wins.
class PgServiceFile {
    Q_DECLARE_TR_FUNCTIONS(PgServiceFile)

public:
    // The files searched, user file first; files that do not exist are included.
    static QStringList searchPath(const QProcessEnvironment &env);
    // The definition of `name`. Errors (ExitCode::Usage): service not defined in any file,
    // a line without '=', a nested "service=" — naming the file and line as libpq does.
    static Outcome<PgService> find(const QString &name, const QProcessEnvironment &env);
    // Every service name defined in the files (sorted, once each), for pickers.
    static QStringList names(const QProcessEnvironment &env);
};

}  // namespace mathakine
