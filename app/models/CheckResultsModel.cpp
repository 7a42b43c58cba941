#include "CheckResultsModel.h"

#include "CheckText.h"
#include "StatusColors.h"
#include "validate/ResultText.h"

#include <QPainter>
#include <QPixmap>

namespace mathakine {

namespace {
QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}
}  // namespace

CheckResultsModel::CheckResultsModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    retranslate();
}

QIcon CheckResultsModel::statusIcon(CheckStatus status)
{
    const QColor colour = status == CheckStatus::Pass ? StatusColors::good()
        : status == CheckStatus::Warning              ? StatusColors::warning()
                                                      : StatusColors::bad();
    const QString mark = CheckText::statusMark(status);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(2, 2, 28, 28);
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, mark);
    return QIcon(pixmap);
}

void CheckResultsModel::setResult(const ValidationResult &result)
{
    m_result = result;
    removeRows(0, rowCount());
    // Families with a failure first, then with a warning, then the rest; the plan's order within
    // each.
    QList<CheckFamily> families = ValidationResult::families();
    std::stable_sort(families.begin(), families.end(), [&result](CheckFamily a, CheckFamily b) {
        return static_cast<int>(ValidationResult::worst(result.family(a)))
            > static_cast<int>(ValidationResult::worst(result.family(b)));
    });
    for (CheckFamily family : families) {
        QList<CheckResult> checks = result.family(family);
        // Failures, then warnings, then passes; the plan's order within each.
        std::stable_sort(checks.begin(), checks.end(),
                         [](const CheckResult &a, const CheckResult &b) {
                             return static_cast<int>(a.status) > static_cast<int>(b.status);
                         });
        if (checks.isEmpty())
            continue;
        const CheckStatus familyStatus = ValidationResult::worst(checks);
        auto *head = textItem(CheckText::familyName(family));
        head->setIcon(statusIcon(familyStatus));
        head->setData(ValidationResult::statusId(familyStatus), StatusIdRole);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        int failed = 0, warned = 0;
        for (const CheckResult &c : checks) {
            failed += c.status == CheckStatus::Fail;
            warned += c.status == CheckStatus::Warning;
            auto *subject = textItem(c.subject.isEmpty() ? c.id : c.subject);
            subject->setIcon(statusIcon(c.status));
            subject->setData(ValidationResult::statusId(c.status), StatusIdRole);
            subject->setData(c.detail, DetailRole);
            auto *status =
                textItem(CheckText::statusName(c.status)
                         + (c.critical || c.status == CheckStatus::Pass ? QString()
                                                                        : tr(" (non-critical)")));
            auto *measured =
                textItem(c.measured ? ResultText::measure(*c.measured, c.unit) : QString());
            auto *threshold =
                textItem(c.threshold ? ResultText::measure(*c.threshold, c.unit) : QString());
            auto *message = textItem(c.message);
            message->setToolTip(c.detail.isEmpty() ? c.message
                                                   : c.message + QLatin1String("\n\n") + c.detail);
            head->appendRow({subject, status, measured, threshold, message});
        }
        auto *summary = textItem(tr("%n check(s)", nullptr, static_cast<int>(checks.size()))
                                 + (failed ? tr(", %n failed", nullptr, failed) : QString())
                                 + (warned ? tr(", %n warning(s)", nullptr, warned) : QString()));
        appendRow({head, textItem(CheckText::statusName(familyStatus)), textItem({}), textItem({}),
                   summary});
    }
}

void CheckResultsModel::retranslate()
{
    setHorizontalHeaderLabels(
        {tr("Check"), tr("Status"), tr("Measured"), tr("Threshold"), tr("Message")});
}

}  // namespace mathakine
