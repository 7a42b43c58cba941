#pragma once

#include "validate/ValidationResult.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace mathakine {

// The EXPLAIN viewer: the benchmark queries on the left; for the selected one its SQL and
// parameters, the indexes expected and used, the latency figures and the plan outline.
class QueryPlansView : public QWidget {
    Q_OBJECT

public:
    explicit QueryPlansView(QWidget *parent = nullptr);
    void setBenchmarks(const QList<QueryBenchmarkResult> &benchmarks);
    QString shownText() const;

private:
    void showQuery(int row);

    QList<QueryBenchmarkResult> m_benchmarks;
    QListWidget *m_queries;
    QLabel *m_summary;
    QPlainTextEdit *m_plan;
};

}  // namespace mathakine
