#include "MigrationTimelineDelegate.h"

#include "MigrationTimelineModel.h"
#include "StatusColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace mathakine {

namespace {
constexpr int kRailX = 22;
constexpr int kDotRadius = 8;
constexpr int kTextX = 44;
}  // namespace

QColor MigrationTimelineDelegate::stateColor(int state)
{
    switch (static_cast<MigrationState>(state)) {
    case MigrationState::Applied:
        return StatusColors::good();
    case MigrationState::Pending:
        return QColor(0x75, 0x75, 0x75);
    case MigrationState::Failed:
        return StatusColors::bad();
    case MigrationState::Drifted:
        return QColor(0xEF, 0x6C, 0x00);
    case MigrationState::MissingFile:
        return QColor(0x6A, 0x1B, 0x9A);
    }
    return Qt::gray;
}

QString MigrationTimelineDelegate::headingOf(const QModelIndex &index)
{
    return index.data(MigrationTimelineModel::VersionRole).toString() + QStringLiteral("  ")
        + index.data(MigrationTimelineModel::TitleRole).toString();
}

int MigrationTimelineDelegate::headingHeight(const QFont &bold, const QString &heading, int width)
{
    return QFontMetrics(bold)
        .boundingRect(QRect(0, 0, qMax(width, 50), 10000), Qt::TextWordWrap, heading)
        .height();
}

int MigrationTimelineDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    // sizeHint gets no row width: the view's is the one rows are drawn at.
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    const int width = view ? view->viewport()->width() : option.rect.width();
    return qMax(width, 200) - kTextX - 8;
}

QSize MigrationTimelineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    return {360, headingHeight(bold, headingOf(index), textWidth(option)) + fm.height() * 2 + 14};
}

void MigrationTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(r, pal.highlight());

    const int state = index.data(MigrationTimelineModel::StateRole).toInt();
    const QColor color = stateColor(state);
    const int rows = index.model()->rowCount();
    painter->setPen(QPen(pal.mid().color(), 2));
    if (index.row() > 0)
        painter->drawLine(kRailX, r.top(), kRailX, r.center().y());
    if (index.row() < rows - 1)
        painter->drawLine(kRailX, r.center().y(), kRailX, r.bottom());
    const bool pending = static_cast<MigrationState>(state) == MigrationState::Pending;
    painter->setPen(QPen(color, 2));
    painter->setBrush(pending ? pal.base() : QBrush(color));
    painter->drawEllipse(QPoint(kRailX, r.center().y()), kDotRadius, kDotRadius);
    if (index.data(MigrationTimelineModel::IsCurrentRole).toBool()) {
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPoint(kRailX, r.center().y()), kDotRadius + 4, kDotRadius + 4);
    }

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QColor text = selected ? pal.highlightedText().color() : pal.text().color();
    QRect line(r.left() + kTextX, r.top() + 6, r.width() - kTextX - 8, fm.height());
    painter->setFont(bold);
    painter->setPen(text);
    // The heading has the whole width and wraps; the lint badge sits on the state line below it.
    const QString heading = headingOf(index);
    const int headingLines = headingHeight(bold, heading, line.width());
    painter->drawText(QRect(line.left(), line.top(), line.width(), headingLines),
                      Qt::AlignLeft | Qt::TextWordWrap, heading);
    line.translate(0, headingLines - fm.height());
    const int findings = index.data(MigrationTimelineModel::FindingCountRole).toInt();
    if (findings > 0) {
        const int worst = index.data(MigrationTimelineModel::WorstSeverityRole).toInt();
        const QColor badge = worst == static_cast<int>(LintFinding::Severity::Error)
            ? StatusColors::bad()
            : StatusColors::warning();
        const QString label = tr("lint %1").arg(findings);
        const int w = fm.horizontalAdvance(label) + 12;
        const QRect pill(line.right() - w, line.top() + fm.height() + 2, w, fm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge);
        painter->drawRoundedRect(pill, 6, 6);
        painter->setPen(Qt::white);
        painter->setFont(option.font);
        painter->drawText(pill, Qt::AlignCenter, label);
    }

    painter->setFont(option.font);
    line.translate(0, fm.height() + 2);
    painter->setPen(selected ? text : color);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(MigrationTimelineModel::StateTextRole).toString());
    line.translate(0, fm.height() + 2);
    painter->setPen(selected ? text : pal.placeholderText().color());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(MigrationTimelineModel::DetailRole).toString(),
                                    Qt::ElideRight, line.width()));
    painter->restore();
}

}  // namespace mathakine
