#pragma once

#include <QDialog>

class QTextBrowser;

namespace mathakine {

// Help > Guide: the French user guide (docs/guide-fr.md, embedded with its screenshots)
// rendered in a window, images scaled to its width.
class GuideWindow : public QDialog {
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);
    // The guide's text as shown (empty when the embedded guide is missing).
    QString shownText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitImages();
    QTextBrowser *m_browser;
};

// Help > Keyboard shortcuts: every shortcut of the window's actions and buttons, read
// from the widgets themselves so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // window: whose QAction and button shortcuts are listed.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    // One "text<TAB>keys" line per shortcut, in the order shown.
    QStringList rows() const { return m_rows; }

private:
    QStringList m_rows;
};

}  // namespace mathakine
