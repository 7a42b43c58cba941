#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mathakine {

// Streams JSON in one canonical, diff-friendly layout: keys in the order they are written,
// two-space indent, and containers opened "inline" kept on one line, so that one changed
// column is one changed line in git. UTF-8 is written as is; only '"', '\' and control
// characters are escaped. Written directly rather than through QJsonObject, which would
// sort the keys and costs ten times more on a 2,000-table snapshot.
class CanonicalJsonWriter {
public:
    enum class Layout { Block, Inline };

    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();
    void key(const char *name);  // the next value or container is this member's

    void value(const QString &text);
    void value(bool flag);
    void value(qint64 number);
    void value(const QStringList &texts);  // an inline array of strings

    // key + value in one call.
    template<typename T>
    void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    QByteArray finish();  // the document, ending with a newline

private:
    struct Level {
        bool inlined = false;
        int count = 0;
    };
    void beforeValue();
    void open(char bracket, Layout layout);
    void close(char bracket);
    void writeString(const QString &text);

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

}  // namespace mathakine
