#include "SyntheticCatalog.h"

namespace bench {

mathakine::Status SyntheticCatalog::create(const mathakine::DatabaseSession &session, int tables)
{
    constexpr int chunk = 250;
    for (int first = 1; first <= tables; first += chunk) {
        const int last = qMin(tables, first + chunk - 1);
        // Table i references table i - 1 (the first one itself), so creation order matters.
        const QString sql = QStringLiteral(R"sql(
DO $$
DECLARE t text; p text;
BEGIN
  FOR i IN %1..%2 LOOP
    t := format('bench_t%s', lpad(i::text, 5, '0'));
    p := format('bench_t%s', lpad(greatest(i - 1, 1)::text, 5, '0'));
    EXECUTE format('CREATE TABLE %I (id bigserial PRIMARY KEY,'
                   ' parent_id bigint REFERENCES %I (id) ON DELETE CASCADE,'
                   ' code text NOT NULL, amount numeric(12,2) DEFAULT 0,'
                   ' created_at timestamptz NOT NULL DEFAULT now(), flag boolean DEFAULT false,'
                   ' label varchar(80), payload jsonb, score double precision, note text)', t, p);
    EXECUTE format('CREATE INDEX %I ON %I (parent_id)', t || '_parent', t);
    EXECUTE format('CREATE INDEX %I ON %I (code, created_at DESC)', t || '_code', t);
    EXECUTE format('CREATE UNIQUE INDEX %I ON %I (lower(label)) WHERE flag', t || '_label', t);
  END LOOP;
END $$)sql")
                                .arg(first)
                                .arg(last);
        if (auto done = session.run(sql); !done)
            return done.error();
    }
    return {};
}

}  // namespace bench
