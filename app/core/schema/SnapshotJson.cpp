#include "schema/SnapshotJson.h"

#include "schema/CanonicalJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mathakine {

namespace {
using Writer = CanonicalJsonWriter;
using Layout = CanonicalJsonWriter::Layout;

// Writing: what equals its default is left out, and the reader's defaults restore it.
void optional(Writer &w, const char *key, const QString &value)
{
    if (!value.isEmpty())
        w.member(key, value);
}
void optional(Writer &w, const char *key, bool value, bool defaultValue)
{
    if (value != defaultValue)
        w.member(key, value);
}
template<typename T, typename F>
void blockOfLines(Writer &w, const char *key, const QList<T> &items, F writeOne)
{
    if (items.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (const T &item : items) {
        w.beginObject(Layout::Inline);
        writeOne(w, item);
        w.endObject();
    }
    w.endArray();
}

void writeKey(Writer &w, const SchemaKey &k)
{
    w.member("name", k.name);
    w.member("columns", k.columns);
    optional(w, "deferrable", k.deferrable, false);
    optional(w, "deferred", k.deferred, false);
}

void writeColumn(Writer &w, const SchemaColumn &c)
{
    w.member("name", c.name);
    w.member("ordinal", qint64(c.ordinal));
    w.member("type", c.type);
    w.member("nullable", c.nullable);
    optional(w, "default", c.defaultValue);
    optional(w, "identity", c.identity);
    optional(w, "generated", c.generated);
    optional(w, "collation", c.collation);
}

void writeForeignKey(Writer &w, const SchemaForeignKey &f)
{
    w.member("name", f.name);
    w.member("columns", f.columns);
    w.member("referencedSchema", f.referencedSchema);
    w.member("referencedTable", f.referencedTable);
    w.member("referencedColumns", f.referencedColumns);
    w.member("onUpdate", f.onUpdate);
    w.member("onDelete", f.onDelete);
    if (f.match != QLatin1String("SIMPLE"))
        w.member("match", f.match);
    optional(w, "deferrable", f.deferrable, false);
    optional(w, "deferred", f.deferred, false);
    optional(w, "validated", f.validated, true);
}

void writeCheck(Writer &w, const SchemaCheck &c)
{
    w.member("name", c.name);
    w.member("definition", c.definition);
    optional(w, "validated", c.validated, true);
}

void writeIndex(Writer &w, const SchemaIndex &i)
{
    w.member("name", i.name);
    w.member("columns", i.columns);
    if (!i.include.isEmpty())
        w.member("include", i.include);
    w.member("unique", i.unique);
    optional(w, "nullsNotDistinct", i.nullsNotDistinct, false);
    w.member("method", i.method);
    optional(w, "predicate", i.predicate);
    optional(w, "options", i.options);
    optional(w, "valid", i.valid, true);
    optional(w, "constraint", i.constraint);
}

void writeTable(Writer &w, const SchemaTable &t)
{
    w.beginObject();
    w.member("schema", t.schema);
    w.member("name", t.name);
    w.member("kind", t.kind);
    optional(w, "definition", t.viewDefinition);
    blockOfLines(w, "columns", t.columns, writeColumn);
    if (t.primaryKey) {
        w.key("primaryKey");
        w.beginObject(Layout::Inline);
        writeKey(w, *t.primaryKey);
        w.endObject();
    }
    blockOfLines(w, "uniques", t.uniques, writeKey);
    blockOfLines(w, "foreignKeys", t.foreignKeys, writeForeignKey);
    blockOfLines(w, "checks", t.checks, writeCheck);
    blockOfLines(w, "indexes", t.indexes, writeIndex);
    w.endObject();
}

void writeTables(Writer &w, const char *key, const QList<SchemaTable> &tables)
{
    if (tables.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (const SchemaTable &t : tables)
        writeTable(w, t);
    w.endArray();
}

void writeSequence(Writer &w, const SchemaSequence &s)
{
    w.member("schema", s.schema);
    w.member("name", s.name);
    w.member("type", s.type);
    w.member("start", s.start);
    w.member("increment", s.increment);
    w.member("min", s.minValue);
    w.member("max", s.maxValue);
    w.member("cache", s.cache);
    w.member("cycle", s.cycle);
    optional(w, "ownedByTable", s.ownedByTable);
    optional(w, "ownedByColumn", s.ownedByColumn);
}

void writeEnum(Writer &w, const SchemaEnum &e)
{
    w.member("schema", e.schema);
    w.member("name", e.name);
    w.member("labels", e.labels);
}

// Reading.
QString text(const QJsonObject &o, const char *key, const QString &defaultValue = {})
{
    return o.value(QLatin1String(key)).toString(defaultValue);
}

bool flag(const QJsonObject &o, const char *key, bool defaultValue)
{
    return o.value(QLatin1String(key)).toBool(defaultValue);
}

QStringList list(const QJsonObject &o, const char *key)
{
    QStringList names;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        names << v.toString();
    return names;
}

template<typename T, typename F>
QList<T> objects(const QJsonObject &o, const char *key, F fromJson)
{
    QList<T> items;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        items.append(fromJson(v.toObject()));
    return items;
}

SchemaKey keyFrom(const QJsonObject &o)
{
    return {text(o, "name"), list(o, "columns"), flag(o, "deferrable", false),
            flag(o, "deferred", false)};
}

SchemaColumn columnFrom(const QJsonObject &o)
{
    return {text(o, "name"),      o.value(QLatin1String("ordinal")).toInt(),
            text(o, "type"),      flag(o, "nullable", true),
            text(o, "default"),   text(o, "identity"),
            text(o, "generated"), text(o, "collation")};
}

SchemaForeignKey foreignKeyFrom(const QJsonObject &o)
{
    SchemaForeignKey f;
    f.name = text(o, "name");
    f.columns = list(o, "columns");
    f.referencedSchema = text(o, "referencedSchema");
    f.referencedTable = text(o, "referencedTable");
    f.referencedColumns = list(o, "referencedColumns");
    f.onUpdate = text(o, "onUpdate", f.onUpdate);
    f.onDelete = text(o, "onDelete", f.onDelete);
    f.match = text(o, "match", f.match);
    f.deferrable = flag(o, "deferrable", false);
    f.deferred = flag(o, "deferred", false);
    f.validated = flag(o, "validated", true);
    return f;
}

SchemaCheck checkFrom(const QJsonObject &o)
{
    return {text(o, "name"), text(o, "definition"), flag(o, "validated", true)};
}

SchemaIndex indexFrom(const QJsonObject &o)
{
    SchemaIndex i;
    i.name = text(o, "name");
    i.columns = list(o, "columns");
    i.include = list(o, "include");
    i.unique = flag(o, "unique", false);
    i.nullsNotDistinct = flag(o, "nullsNotDistinct", false);
    i.method = text(o, "method", i.method);
    i.predicate = text(o, "predicate");
    i.options = text(o, "options");
    i.valid = flag(o, "valid", true);
    i.constraint = text(o, "constraint");
    return i;
}

SchemaTable tableFrom(const QJsonObject &o)
{
    SchemaTable t;
    t.schema = text(o, "schema");
    t.name = text(o, "name");
    t.kind = text(o, "kind", t.kind);
    t.viewDefinition = text(o, "definition");
    t.columns = objects<SchemaColumn>(o, "columns", columnFrom);
    if (o.contains(QLatin1String("primaryKey")))
        t.primaryKey = keyFrom(o.value(QLatin1String("primaryKey")).toObject());
    t.uniques = objects<SchemaKey>(o, "uniques", keyFrom);
    t.foreignKeys = objects<SchemaForeignKey>(o, "foreignKeys", foreignKeyFrom);
    t.checks = objects<SchemaCheck>(o, "checks", checkFrom);
    t.indexes = objects<SchemaIndex>(o, "indexes", indexFrom);
    return t;
}

SchemaSequence sequenceFrom(const QJsonObject &o)
{
    auto integer = [&o](const char *key) { return o.value(QLatin1String(key)).toInteger(); };
    return {text(o, "schema"),       text(o, "name"),         text(o, "type"),
            integer("start"),        integer("increment"),    integer("min"),
            integer("max"),          integer("cache"),        flag(o, "cycle", false),
            text(o, "ownedByTable"), text(o, "ownedByColumn")};
}

SchemaEnum enumFrom(const QJsonObject &o)
{
    return {text(o, "schema"), text(o, "name"), list(o, "labels")};
}

}  // namespace

QByteArray SnapshotJson::write(const SchemaSnapshot &snapshot)
{
    Writer w;
    w.beginObject();
    w.member("format", qint64(formatVersion));
    optional(w, "version", snapshot.version);
    w.member("schemas", snapshot.schemas);
    blockOfLines(w, "enums", snapshot.enums, writeEnum);
    blockOfLines(w, "sequences", snapshot.sequences, writeSequence);
    writeTables(w, "tables", snapshot.tables);
    writeTables(w, "views", snapshot.views);
    w.endObject();
    return w.finish();
}

Outcome<SchemaSnapshot> SnapshotJson::fromObject(const QJsonObject &o, const QString &source)
{
    const int format = o.value(QLatin1String("format")).toInt();
    if (format != formatVersion) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.file = source;
        error.message = tr("Unsupported schema snapshot format %1 (this version reads format %2).")
                            .arg(format)
                            .arg(formatVersion);
        error.hint = tr("Regenerate the expected snapshots with: mathakine-admin snapshot");
        return error;
    }
    SchemaSnapshot s;
    s.version = text(o, "version");
    s.schemas = list(o, "schemas");
    s.tables = objects<SchemaTable>(o, "tables", tableFrom);
    s.views = objects<SchemaTable>(o, "views", tableFrom);
    s.sequences = objects<SchemaSequence>(o, "sequences", sequenceFrom);
    s.enums = objects<SchemaEnum>(o, "enums", enumFrom);
    s.normalise();
    return s;
}

Outcome<SchemaSnapshot> SnapshotJson::read(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        AppError error;
        error.exitCode = ExitCode::Usage;
        error.file = source;
        error.line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        error.message = tr("The schema snapshot is not valid JSON.");
        error.detail = parseError.errorString();
        return error;
    }
    return fromObject(document.object(), source);
}

}  // namespace mathakine
