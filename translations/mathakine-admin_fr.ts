<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BackupCatalog</name>
    <message>
        <source>Cannot read the backup catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup catalog is not valid JSON with a &quot;backups&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or move the file; it is rebuilt by the next backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup catalog is locked by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRowCounts</name>
    <message>
        <source>Cannot count the rows of %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTools</name>
    <message>
        <source>pg_dump %1 is older than the server (PostgreSQL %2): it would refuse to dump it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the client tools of version %1 or newer (apt-get install postgresql-client-%1), or point MATHAKINE_PG_BINDIR at their bin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore is missing next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the postgresql-client package, or set MATHAKINE_PG_BINDIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not supported; use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mathakine-admin [global options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply, inspect and validate the Mathakine database migrations. Without a command, the desktop application opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (postgresql://user@host:port/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations folder (default: ./migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file (default: logs/database_migration.log in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer or more messages on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --url or --profile: $DATABASE_URL, then the PG* variables, then the running sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 validation failed or differences found; 2 usage error; 3 cannot connect; 4 migration failed (rolled back); 5 another migration holds the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See mathakine-admin --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [invalid-file] (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: upgrade [TARGET] [--accept-drift] [--lock-timeout MS] [--statement-timeout MS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: downgrade TARGET|base [--lock-timeout MS] [--statement-timeout MS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stamp TARGET|base [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sql [TARGET] | sql --down TARGET|base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) done in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running: PostgreSQL on port %1, socket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with: psql -h %1 -p %2 -U postgres %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox action &quot;%1&quot;; use start, stop, status or destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration version: %1 (head: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edited after being applied (drift): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  To recover: the statements before it took effect. Fix the cause (drop any INVALID index it left), then run upgrade again — it restarts this migration from its first statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied but missing from the migrations folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration lock: held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration lock: free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3), %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stamped without running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sandbox start|stop|status|destroy [--dir DIR] [--database NAME] [--fresh] [--demo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo database ready: Mathakine baseline and demo data; %n migration(s) left to apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Server version, current migration version, pending count, drift, lock holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every migration and its state on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply pending migrations up to TARGET (default: head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert applied migrations down to TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as applied without running (adopting an existing database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SQL that upgrade (or downgrade with --down) would run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the migration files (parse errors, dangerous operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A throwaway local PostgreSQL for trying the tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>--profile: no saved profile is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionUrl</name>
    <message>
        <source>Expected form: postgresql://user@host:port/database?sslmode=prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter sslmode: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter connect_timeout: &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown URL parameter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme: the URL must start with postgresql:// or postgres://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: invalid percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: invalid percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: several hosts are not supported; give one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: the IPv6 address is missing its closing bracket &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: unexpected text &quot;%1&quot; after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: empty after &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: invalid percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: &quot;%1&quot; contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name: invalid percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name: &quot;%1&quot; contains a &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: expected key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: invalid percent-encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE_URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: use --url, --profile, DATABASE_URL or the PG* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGPORT: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGSSLMODE: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGCONNECT_TIMEOUT: &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatedObject</name>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for user %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password saved for this profile (keyring or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a password for user %1 and none is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the password in the profile, in ~/.pgpass, or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name, the port, the VPN and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host and the DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: no server is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that PostgreSQL is running and the host and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>No migrations in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedSnapshotBuilder</name>
    <message>
        <source>Cannot create a throwaway database on %1 to replay the migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user needs the CREATEDB privilege; or use the sandbox: mathakine-admin sandbox start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedSnapshotStore</name>
    <message>
        <source>There is no expected schema snapshot for version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the snapshots from the migrations with: mathakine-admin snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the expected schema snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the bookkeeping schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user needs CREATE on the database (GRANT CREATE ON DATABASE … TO …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preparation: backups and the test environment come with the backup engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: expected and actual schema come with the schema engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: checks, benchmark and PDF report come with the validation engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationCatalogLoader</name>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name says version %1 but the header says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;-- migrate:down&quot; section: every migration needs a way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is used twice: %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationLinter</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint_ignore names &quot;%1&quot;, which is not a lint rule, so it switches nothing off; check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;-- migrate:down&quot; section, so the migration cannot be rolled back; write the statements that undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The down section has no statement, so rolling back would undo nothing; write the statements that undo the up section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside a migration: the runner begins and commits the transaction itself; remove it (set &quot;transactional: false&quot; for statements that must run outside one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block and this migration is transactional; move it to a migration with &quot;transactional: false&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TYPE %1 ADD VALUE in a transactional migration: the new value cannot be used before the migration commits; use it in a later migration or set &quot;transactional: false&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX on existing table &quot;%1&quot; without CONCURRENTLY blocks writes to it for the whole build; use CREATE INDEX CONCURRENTLY in a migration with &quot;transactional: false&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP TABLE %1 in an up section destroys the table and its rows, which no down section can bring back; drop it in a later release, once no code uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the type of column &quot;%1&quot; of &quot;%2&quot; may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock; add a new column, backfill it in batches, then switch over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET NOT NULL on column &quot;%1&quot; of &quot;%2&quot; scans the whole table under an ACCESS EXCLUSIVE lock; first add CHECK (%1 IS NOT NULL) NOT VALID and VALIDATE it, then PostgreSQL skips the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP COLUMN &quot;%1&quot; of &quot;%2&quot; in an up section destroys its data, which no down section can bring back, and breaks running queries; stop using it first and drop it in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD COLUMN &quot;%1&quot; NOT NULL without DEFAULT fails as soon as table &quot;%2&quot; has rows; give it a DEFAULT, or add it nullable, backfill it, then set NOT NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD COLUMN &quot;%1&quot; with %2 computes a value per row, so table &quot;%3&quot; is rewritten under an ACCESS EXCLUSIVE lock; add the column without it, then backfill in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a FOREIGN KEY to existing table &quot;%1&quot; checks every row at once while writes to both tables are blocked; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a CHECK constraint to existing table &quot;%1&quot; scans every row under an ACCESS EXCLUSIVE lock; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a PRIMARY KEY or UNIQUE constraint to existing table &quot;%1&quot; builds its index while blocking writes; create a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming table &quot;%1&quot; to &quot;%2&quot; breaks the queries of the application version still running; add the new name alongside (for example a view), switch the code, then drop the old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming column &quot;%1&quot; of &quot;%2&quot; to &quot;%3&quot; breaks the queries of the application version still running; add a new column, copy and switch the code, then drop the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationLock</name>
    <message>
        <source>%1@%2 (%3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration in progress by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another migration run holds the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish; if that session is dead, end it with pg_terminate_backend(%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationParser</name>
    <message>
        <source>Header version: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header revision: &quot;%1&quot; must be 1 to 32 letters, digits or underscores (Alembic&apos;s version_num).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header transactional: &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown header key &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second &quot;%1&quot; marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before &quot;%1&quot; only &quot;-- key: value&quot; header lines are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;%1&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The up section has no statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Unknown target &quot;%1&quot;: give a version, a revision id, head or base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is applied but its file is missing: cannot run its down section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Another session holds a lock on a table this migration alters; find it in pg_stat_activity / pg_locks, or retry when traffic is lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has this object: if it matches the migration, adopt it with stamp; otherwise compare with diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user lacks a privilege: GRANT it (or run as the tables&apos; owner) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement ran longer than the statement timeout (--statement-timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied migrations were edited since they ran: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the files as they were applied, or re-run with --accept-drift to record the new checksums (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 was canceled at statement %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed at statement %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was rolled back; the history is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements before it took effect (non-transactional migration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the migrations instead, or use --force if you are sure (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the stamp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited after it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgExecutor</name>
    <message>
        <source>No PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>No PostgreSQL server binaries found in /usr/lib/postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the postgresql package, or set MATHAKINE_PG_BINDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postgres user cannot enter %1; choose a sandbox directory it can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give %1 to the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb failed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server did not start (log: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is already running with database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enum type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generation expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniqueness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial index condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referenced table and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON UPDATE action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON DELETE action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferrability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the expected schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differs — expected %3, actual %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaIntrospector</name>
    <message>
        <source>Cannot read the schema from the database catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the libpq password file (~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>Unsupported schema snapshot format %1 (this version reads format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the expected snapshots with: mathakine-admin snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema snapshot is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlParameters</name>
    <message>
        <source>The statement uses unknown parameter(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a value under that name in an earlier step, or declare it in &quot;parameters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>SQL syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPlanReader</name>
    <message>
        <source>Cannot read the validation plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give another plan with --plan FILE, or restore migrations/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation plan is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The validation plan has %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs must be at least 1 and warmupRuns at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, a number or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a statement (a string or an array of lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;critical&quot; or &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required tables, columns and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema compared with the migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke tests (rolled back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: row counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::ConfirmRunDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Production database.&lt;/b&gt;&lt;/span&gt; Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a local sandbox (demo database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a postgresql:// URL and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password (keyring, else ~/.pgpass — never the settings file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from DATABASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection yet. Fill in the form, paste a URL, or try the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Password saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The password could not be saved anywhere; it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, database %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox (a private PostgreSQL with the Mathakine demo data)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running. Press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::ConnectionHeader</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>locked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAINTENANCE: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::LogView</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::MainWindow</name>
    <message>
        <source>Mathakine Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mathakine Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mathakine Admin %1&lt;/b&gt;&lt;p&gt;Apply, inspect and validate the Mathakine database migrations.&lt;/p&gt;&lt;p&gt;Log file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the migration to finish, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationDetailsView</name>
    <message>
        <source>The file of this migration is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (revert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationTimelineDelegate</name>
    <message>
        <source>lint %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationTimelineModel</name>
    <message>
        <source>Not applied to this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1 at statement %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as applied %1 by %2 (not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 by %2 (%3) in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationsPage</name>
    <message>
        <source>The migrations folder has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every migration up to %1 as applied without running it. The database must already have what they create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1/%2 (%3), statement %4/%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 5-minute budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER the 5-minute budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) done in %1 s, %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: the migration in progress was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- Nothing to do: the database is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview SQL (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every pending migration (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::SqlPreviewDialog</name>
    <message>
        <source>SQL that would run (dry run — nothing is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mathakine::TaskProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
