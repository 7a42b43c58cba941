#include "schema/CatalogQueries.h"

namespace mathakine {

// Every query reads the schemas of the search path (current_schemas(false)): the introspector
// sets it, bound, for its transaction, so the text is constant and also runs as-is in psql.
// Extension members are left out; rows of excluded tables are dropped by the introspector.
//
// Cost notes, measured on 2,000 tables (see README, Performance):
// - flat joins, no correlated subquery per row: a subplan per index or constraint costs
//   50-90 us each, ten times the join;
// - no pg_get_indexdef(oid) / pg_get_constraintdef for keys, indexes and foreign keys: it
//   opens the table and scans pg_opclass per column; names come from pg_attribute and the
//   statements are rebuilt by SchemaFixSql. Expressions and predicates need the table
//   (pg_get_expr(…, relid) opens it once); pg_get_indexdef(oid, column) is left for indexes
//   with several expressions, whose list pg_get_expr would print as one;
// - JIT is switched off by the introspector: the planner's estimates on big catalogs trigger
//   a compilation that costs more than the queries;
// - defaults are deparsed with relid 0: a DEFAULT cannot reference a column, and passing the
//   table would open it (a relcache build per table).

QString CatalogQueries::relations()
{
    return QStringLiteral(R"sql(
SELECT c.oid::int8, n.nspname, c.relname, c.relkind::text,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (current_schemas(false))
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
)sql");
}

QString CatalogQueries::columns()
{
    return QStringLiteral(R"sql(
SELECT a.attrelid::int8, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       CASE WHEN a.atthasdef AND a.attgenerated = '' THEN pg_get_expr(d.adbin, 0) END,
       a.attidentity::text,
       CASE WHEN a.atthasdef AND a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END,
       CASE WHEN a.attcollation <> t.typcollation THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END END
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE n.nspname = ANY (current_schemas(false))
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
)sql");
}

QString CatalogQueries::constraints()
{
    return QStringLiteral(R"sql(
SELECT k.conrelid::int8, k.conname, k.contype::text, k.conkey::text, k.confrelid::int8, k.confkey::text,
       fn.nspname, fc.relname, k.confupdtype::text, k.confdeltype::text, k.confmatchtype::text,
       k.condeferrable, k.condeferred, k.convalidated,
       CASE WHEN k.contype IN ('c', 'x') THEN pg_get_constraintdef(k.oid, true) END,
       CASE WHEN k.contype = 'f' AND NOT fn.nspname = ANY (current_schemas(false)) THEN
           (SELECT json_agg(a.attname ORDER BY u.ord) FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
            JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num) END
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = k.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE n.nspname = ANY (current_schemas(false))
  AND k.contype IN ('p', 'u', 'f', 'c', 'x')
)sql");
}

QString CatalogQueries::indexes()
{
    return QStringLiteral(R"sql(
SELECT i.indrelid::int8, ic.relname, k.pos, k.attnum, k.pos <= i.indnkeyatts,
       CASE WHEN k.attnum <> 0 THEN quote_ident(a.attname)
            WHEN array_length(array_positions(i.indkey::int2[], 0::int2), 1) = 1
            THEN '(' || pg_get_expr(i.indexprs, i.indrelid, true) || ')'
            ELSE '(' || pg_get_indexdef(i.indexrelid, k.pos::int, true) || ')' END,
       CASE WHEN k.coll <> 0 AND k.coll <> coalesce(a.attcollation, 100) THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END END,
       CASE WHEN NOT oc.opcdefault THEN
           CASE WHEN opn.nspname = 'pg_catalog' THEN quote_ident(oc.opcname)
                ELSE quote_ident(opn.nspname) || '.' || quote_ident(oc.opcname) END END,
       k.opt,
       CASE WHEN k.pos = 1 THEN i.indisunique END, CASE WHEN k.pos = 1 THEN am.amname END,
       CASE WHEN k.pos = 1 THEN pg_get_expr(i.indpred, i.indrelid, true) END,
       CASE WHEN k.pos = 1 THEN i.indisvalid END, CASE WHEN k.pos = 1 THEN con.conname END,
       CASE WHEN k.pos = 1 THEN i.indnullsnotdistinct END,
       CASE WHEN k.pos = 1 AND ic.reloptions IS NOT NULL THEN
           (SELECT string_agg(quote_ident(split_part(r.o, '=', 1)) || '=' ||
                              CASE WHEN quote_ident(substr(r.o, strpos(r.o, '=') + 1)) = substr(r.o, strpos(r.o, '=') + 1)
                                   THEN substr(r.o, strpos(r.o, '=') + 1)
                                   ELSE quote_literal(substr(r.o, strpos(r.o, '=') + 1)) END, ', ' ORDER BY r.n)
            FROM unnest(ic.reloptions) WITH ORDINALITY AS r(o, n)) END
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
     WITH ORDINALITY AS k(attnum, opclass, coll, opt, pos)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
LEFT JOIN pg_namespace opn ON opn.oid = oc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = k.coll AND k.coll <> 0 AND k.coll <> coalesce(a.attcollation, 100)
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
WHERE n.nspname = ANY (current_schemas(false))
ORDER BY i.indexrelid, k.pos
)sql");
}

QString CatalogQueries::enums()
{
    return QStringLiteral(R"sql(
SELECT n.nspname, t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ANY (current_schemas(false))
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass
                  AND x.objid = t.oid AND x.deptype = 'e')
GROUP BY n.nspname, t.typname
)sql");
}

QString CatalogQueries::sequences()
{
    return QStringLiteral(R"sql(
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
       s.seqcache, s.seqcycle, oc.relname, oa.attname
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE n.nspname = ANY (current_schemas(false))
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
)sql");
}

QList<std::pair<QString, QString>> CatalogQueries::all()
{
    return {{QStringLiteral("relations"), relations()},
            {QStringLiteral("columns"), columns()},
            {QStringLiteral("constraints"), constraints()},
            {QStringLiteral("indexes"), indexes()},
            {QStringLiteral("enums"), enums()},
            {QStringLiteral("sequences"), sequences()}};
}

}  // namespace mathakine
