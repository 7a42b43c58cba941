#pragma once

#include "validate/ValidationResult.h"

#include <QIcon>
#include <QStandardItemModel>

namespace mathakine {

// The checks of a validation grouped by family: one row per family (its worst status and
// counts), under it one row per check with status, measured value, threshold and message.
class CheckResultsModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        StatusColumn,
        MeasuredColumn,
        ThresholdColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int StatusIdRole = Qt::UserRole + 1;  // "pass", "warning", "fail"
    static constexpr int DetailRole = Qt::UserRole + 2;    // server text, plan excerpt

    explicit CheckResultsModel(QObject *parent = nullptr);
    void setResult(const ValidationResult &result);
    void retranslate();

    // A coloured disc with a mark, readable without colour too (✓ ! ✗).
    static QIcon statusIcon(CheckStatus status);

private:
    ValidationResult m_result;
};

}  // namespace mathakine
