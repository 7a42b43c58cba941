#pragma once

#include <QLabel>

namespace mathakine {

// A workflow step whose engine is not wired yet: says so plainly instead of an empty pane.
class PlaceholderPage : public QLabel {
    Q_OBJECT

public:
    PlaceholderPage(const char *sourceText, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    const char *m_sourceText;
};

} // namespace mathakine
