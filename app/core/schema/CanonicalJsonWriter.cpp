#include "schema/CanonicalJsonWriter.h"

#include <algorithm>

namespace mathakine {

void CanonicalJsonWriter::beforeValue()
{
    if (m_afterKey) {  // the key already placed us
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += level.inlined ? ", " : ",";
    if (!level.inlined) {
        m_out += '\n';
        m_out += QByteArray(2 * m_levels.size(), ' ');
    }
}

void CanonicalJsonWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    m_afterKey = true;
}

void CanonicalJsonWriter::open(char bracket, Layout layout)
{
    beforeValue();
    m_out += bracket;
    // Inside an inline container everything stays on the line.
    const bool inlined =
        layout == Layout::Inline || (!m_levels.isEmpty() && m_levels.last().inlined);
    m_levels.append({inlined, 0});
}

void CanonicalJsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (!level.inlined && level.count > 0) {
        m_out += '\n';
        m_out += QByteArray(2 * m_levels.size(), ' ');
    }
    m_out += bracket;
}

void CanonicalJsonWriter::beginObject(Layout layout)
{
    open('{', layout);
}
void CanonicalJsonWriter::endObject()
{
    close('}');
}
void CanonicalJsonWriter::beginArray(Layout layout)
{
    open('[', layout);
}
void CanonicalJsonWriter::endArray()
{
    close(']');
}

void CanonicalJsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(text);
}

void CanonicalJsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void CanonicalJsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);  // exact up to 2^63 (sequence bounds)
}

void CanonicalJsonWriter::value(const QStringList &texts)
{
    beginArray(Layout::Inline);
    for (const QString &text : texts)
        value(text);
    endArray();
}

QByteArray CanonicalJsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

void CanonicalJsonWriter::writeString(const QString &text)
{
    m_out += '"';
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c != u'"' && c != u'\\';
    });
    if (plain) {  // nearly every name and type
        m_out += text.toUtf8();
        m_out += '"';
        return;
    }
    // Escape on the UTF-16 text, then encode once, so surrogate pairs stay whole.
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (const char16_t u = c.unicode()) {
        case u'"':
            escaped += QLatin1String("\\\"");
            break;
        case u'\\':
            escaped += QLatin1String("\\\\");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        case u'\b':
            escaped += QLatin1String("\\b");
            break;
        case u'\f':
            escaped += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20)
                escaped +=
                    QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    m_out += escaped.toUtf8();
    m_out += '"';
}

}  // namespace mathakine
