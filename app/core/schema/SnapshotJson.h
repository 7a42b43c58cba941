#pragma once

#include "common/Outcome.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mathakine {

// SchemaSnapshot <-> canonical JSON (see CanonicalJsonWriter). Attributes equal to their default
// (no default value, not deferrable, valid…) are left out, and the reader restores them, so
// every snapshot has exactly one text and read(write(s)) == s.
class SnapshotJson {
    Q_DECLARE_TR_FUNCTIONS(SnapshotJson)

public:
    static constexpr int formatVersion = 1;

    static QByteArray write(const SchemaSnapshot &snapshot);
    // source names the file in errors.
    static Outcome<SchemaSnapshot> read(const QByteArray &json, const QString &source = {});
    static Outcome<SchemaSnapshot> fromObject(const QJsonObject &object,
                                              const QString &source = {});
};

}  // namespace mathakine
