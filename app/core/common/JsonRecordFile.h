#pragma once

#include "common/Outcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace mathakine {

// A small JSON file holding one list of records ({"<key>": [...]}) in the data folder,
// appended atomically (QSaveFile) under a lock file, so that the GUI and a CLI run may
// write at the same time. Used by the backup catalog and the validation records.
class JsonRecordFile {
    Q_DECLARE_TR_FUNCTIONS(JsonRecordFile)

public:
    JsonRecordFile(QString path, QString listKey);

    // The records, oldest first; empty when the file does not exist yet.
    Outcome<QJsonArray> load() const;
    Status append(const QJsonObject &record) const;
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_key;
};

}  // namespace mathakine
