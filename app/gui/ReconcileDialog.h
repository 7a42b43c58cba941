#pragma once

#include "generate/ReconcileScript.h"

#include <QDialog>

namespace mathakine {

// Schema → Reconcile…: the script reconcile would run, highlighted and copyable, with what
// needs a person and what is kept as is (as SQL comments). "Reconcile…" is offered only when
// nothing needs a person; accepting it leads to the usual confirmation (and the gate).
class ReconcileDialog : public QDialog {
    Q_OBJECT

public:
    ReconcileDialog(const ReconcileScript &script, const QString &target,
                    QWidget *parent = nullptr);
};

}  // namespace mathakine
