#pragma once

#include <QStyledItemDelegate>

namespace mathakine {

// Draws a MigrationTimelineModel row as a step of a vertical timeline: a rail, a dot
// coloured by state, version and title, the state's details and a lint badge.
class MigrationTimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor stateColor(int state);

private:
    // The heading's text and its height at the given text width: it wraps, never elided.
    static QString headingOf(const QModelIndex &index);
    static int headingHeight(const QFont &bold, const QString &heading, int width);
    int textWidth(const QStyleOptionViewItem &option) const;
};

}  // namespace mathakine
