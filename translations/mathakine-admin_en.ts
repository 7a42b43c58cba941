<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BackupJob</name>
    <message numerus="yes">
        <source>The dump lacks the data of %n table(s); it was deleted.</source>
        <translation>
            <numerusform>The dump lacks the data of %n table; it was deleted.</numerusform><numerusform>The dump lacks the data of %n tables; it was deleted.</numerusform></translation>
    </message>
</context>
<context>
    <name>BenchmarkRunner</name>
    <message numerus="yes">
        <source>%1: p95 %2 over %n run(s) (budget %3).</source>
        <translation>
            <numerusform>%1: p95 %2 over %n run (budget %3).</numerusform><numerusform>%1: p95 %2 over %n runs (budget %3).</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message numerus="yes">
        <source>No data to measure: %n benchmark query(s) ran on empty tables, so their timings prove nothing. Seed a test database (mathakine-admin seed) and validate again.</source>
        <translation>
            <numerusform>No data to measure: %n benchmark query ran on empty tables, so their timings prove nothing. Seed a test database (mathakine-admin seed) and validate again.</numerusform><numerusform>No data to measure: %n benchmark querys ran on empty tables, so their timings prove nothing. Seed a test database (mathakine-admin seed) and validate again.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%n migration(s) done in %1.</source>
        <translation>
            <numerusform>%n migration done in %1.</numerusform><numerusform>%n migrations done in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s)</source>
        <translation>
            <numerusform>%n pending migration</numerusform><numerusform>%n pending migrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) checked</source>
        <translation>
            <numerusform>%n migration checked</numerusform><numerusform>%n migrations checked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform><numerusform>%n findings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Demo database ready: Mathakine baseline and demo data; %n migration(s) left to apply.</source>
        <translation>
            <numerusform>Demo database ready: Mathakine baseline and demo data; %n migration left to apply.</numerusform><numerusform>Demo database ready: Mathakine baseline and demo data; %n migrations left to apply.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform><numerusform>%n backups in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform><numerusform>%n differences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform><numerusform>%n notices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight for %1 (PostgreSQL %2): %n migration(s) to apply.</source>
        <translation>
            <numerusform>Pre-flight for %1 (PostgreSQL %2): %n migration to apply.</numerusform><numerusform>Pre-flight for %1 (PostgreSQL %2): %n migrations to apply.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight for %1 (PostgreSQL %2): %n migration(s) to revert.</source>
        <translation>
            <numerusform>Pre-flight for %1 (PostgreSQL %2): %n migration to revert.</numerusform><numerusform>Pre-flight for %1 (PostgreSQL %2): %n migrations to revert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminated.</numerusform><numerusform>%n sessions terminated.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written; run snapshot to refresh the expected schemas.</source>
        <translation>
            <numerusform>%n file written; run snapshot to refresh the expected schemas.</numerusform><numerusform>%n files written; run snapshot to refresh the expected schemas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>, %n attempt</numerusform><numerusform>, %n attempts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, replayed by %n standby(s) in %1</source>
        <translation>
            <numerusform>, replayed by %n standby in %1</numerusform><numerusform>, replayed by %n standbys in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Repair "%1" of %2 done: %n statement(s) run, recorded in the audit log.</source>
        <translation>
            <numerusform>Repair "%1" of %2 done: %n statement run, recorded in the audit log.</numerusform><numerusform>Repair "%1" of %2 done: %n statements run, recorded in the audit log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[%1] %n session(s) waiting behind the migration (backend %2):</source>
        <translation>
            <numerusform>[%1] %n session waiting behind the migration (backend %2):</numerusform><numerusform>[%1] %n sessions waiting behind the migration (backend %2):</numerusform></translation>
    </message>
</context>
<context>
    <name>GenerateJob</name>
    <message numerus="yes">
        <source>%n statement(s) in the up section.</source>
        <translation>
            <numerusform>%n statement in the up section.</numerusform><numerusform>%n statements in the up section.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) that can lose data are written commented out: review them.</source>
        <translation>
            <numerusform>%n statement that can lose data are written commented out: review them.</numerusform><numerusform>%n statements that can lose data are written commented out: review them.</numerusform></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>swapped %1 into the place of %2 (kept as %3), %n session(s) terminated</source>
        <translation>
            <numerusform>swapped %1 into the place of %2 (kept as %3), %n session terminated</numerusform><numerusform>swapped %1 into the place of %2 (kept as %3), %n sessions terminated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n background task(s) still running at exit</source>
        <translation>
            <numerusform>%n background task still running at exit</numerusform><numerusform>%n background tasks still running at exit</numerusform></translation>
    </message>
</context>
<context>
    <name>MigrationRepair</name>
    <message numerus="yes">
        <source>Repair "%1" of %2 failed after %n statement(s); the history is unchanged.</source>
        <translation>
            <numerusform>Repair "%1" of %2 failed after %n statement; the history is unchanged.</numerusform><numerusform>Repair "%1" of %2 failed after %n statements; the history is unchanged.</numerusform></translation>
    </message>
</context>
<context>
    <name>MigrationRun</name>
    <message numerus="yes">
        <source>Pre-flight found %n problem(s); nothing was run.</source>
        <translation>
            <numerusform>Pre-flight found %n problem; nothing was run.</numerusform><numerusform>Pre-flight found %n problems; nothing was run.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %n migration(s)</source>
        <translation>
            <numerusform>%1 finished: %n migration</numerusform><numerusform>%1 finished: %n migrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.</source>
        <translation>
            <numerusform>The database lacks %n object that these migrations create; stamping would record a schema it does not have.</numerusform><numerusform>The database lacks %n objects that these migrations create; stamping would record a schema it does not have.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) that these migrations create exist but are INVALID (a failed CREATE INDEX CONCURRENTLY): they prove nothing ran.</source>
        <translation>
            <numerusform>%n index that these migrations create exist but are INVALID (a failed CREATE INDEX CONCURRENTLY): they prove nothing ran.</numerusform><numerusform>%n indexes that these migrations create exist but are INVALID (a failed CREATE INDEX CONCURRENTLY): they prove nothing ran.</numerusform></translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message numerus="yes">
        <source>Migration %1 (%2) would create %3 of its %n object(s) that exist already.</source>
        <translation>
            <numerusform>Migration %1 (%2) would create %3 of its %n object that exist already.</numerusform><numerusform>Migration %1 (%2) would create %3 of its %n objects that exist already.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No other session holds a lock on the %n table(s) to change.</source>
        <translation>
            <numerusform>No other session holds a lock on the %n table to change.</numerusform><numerusform>No other session holds a lock on the %n tables to change.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductionGate</name>
    <message numerus="yes">
        <source>The production gate refuses to migrate %1: %n condition(s) not met.</source>
        <translation>
            <numerusform>The production gate refuses to migrate %1: %n condition not met.</numerusform><numerusform>The production gate refuses to migrate %1: %n conditions not met.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Verified backup younger than %n h</source>
        <translation>
            <numerusform>Verified backup younger than %n h</numerusform><numerusform>Verified backup younger than %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Validation passed on a test profile within %n h</source>
        <translation>
            <numerusform>Validation passed on a test profile within %n h</numerusform><numerusform>Validation passed on a test profile within %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductionRestore</name>
    <message numerus="yes">
        <source>The copy's row counts differ from the backup's for %n table(s).</source>
        <translation>
            <numerusform>The copy's row counts differ from the backup's for %n table.</numerusform><numerusform>The copy's row counts differ from the backup's for %n tables.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Row counts of %n table(s) identical to the backup's.</source>
        <translation>
            <numerusform>Row counts of %n table identical to the backup's.</numerusform><numerusform>Row counts of %n tables identical to the backup's.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReconcileRun</name>
    <message numerus="yes">
        <source>%n difference(s) need a person before reconcile can run; nothing was run.</source>
        <translation>
            <numerusform>%n difference need a person before reconcile can run; nothing was run.</numerusform><numerusform>%n differences need a person before reconcile can run; nothing was run.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reconciled with version %1: %n statement(s) run.</source>
        <translation>
            <numerusform>Reconciled with version %1: %n statement run.</numerusform><numerusform>Reconciled with version %1: %n statements run.</numerusform></translation>
    </message>
</context>
<context>
    <name>RepairOption</name>
    <message numerus="yes">
        <source>Its objects differ from the expected snapshot at %1 (%n difference(s)).</source>
        <translation>
            <numerusform>Its objects differ from the expected snapshot at %1 (%n difference).</numerusform><numerusform>Its objects differ from the expected snapshot at %1 (%n differences).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplicaWait</name>
    <message numerus="yes">
        <source>%n streaming standby(s), but their replay positions are hidden from this user (superuser or pg_read_all_stats needed): the run does not wait for them.</source>
        <translation>
            <numerusform>%n streaming standby, but their replay positions are hidden from this user (superuser or pg_read_all_stats needed): the run does not wait for them.</numerusform><numerusform>%n streaming standbys, but their replay positions are hidden from this user (superuser or pg_read_all_stats needed): the run does not wait for them.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <source>Each query ran %n time(s) after warm-up. Client side: the round trip seen by the tool (libpq extended protocol, as the application). Server side: planning plus execution reported by EXPLAIN ANALYZE.</source>
        <translation>
            <numerusform>Each query ran %n time after warm-up. Client side: the round trip seen by the tool (libpq extended protocol, as the application). Server side: planning plus execution reported by EXPLAIN ANALYZE.</numerusform><numerusform>Each query ran %n times after warm-up. Client side: the round trip seen by the tool (libpq extended protocol, as the application). Server side: planning plus execution reported by EXPLAIN ANALYZE.</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore reported %n error.</numerusform><numerusform>pg_restore reported %n errors.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform><numerusform>%n passed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform><numerusform>, %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform><numerusform>, %n failed</numerusform></translation>
    </message>
</context>
<context>
    <name>RowCountChecks</name>
    <message numerus="yes">
        <source>%1 %2 → %3 (%4): %n table(s) counted before and after.</source>
        <translation>
            <numerusform>%1 %2 → %3 (%4): %n table counted before and after.</numerusform><numerusform>%1 %2 → %3 (%4): %n tables counted before and after.</numerusform></translation>
    </message>
</context>
<context>
    <name>RunChecks</name>
    <message numerus="yes">
        <source>%n error-level lint finding(s) in the migrations to run; nothing was run.</source>
        <translation>
            <numerusform>%n error-level lint finding in the migrations to run; nothing was run.</numerusform><numerusform>%n error-level lint findings in the migrations to run; nothing was run.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n applied migration(s) have no file in the migrations folder any more.</source>
        <translation>
            <numerusform>%n applied migration have no file in the migrations folder any more.</numerusform><numerusform>%n applied migrations have no file in the migrations folder any more.</numerusform></translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message numerus="yes">
        <source>The run's record could not be written: no connection to the server within %n s.</source>
        <translation>
            <numerusform>The run's record could not be written: no connection to the server within %n s.</numerusform><numerusform>The run's record could not be written: no connection to the server within %n s.</numerusform></translation>
    </message>
</context>
<context>
    <name>SmokeTestRunner</name>
    <message numerus="yes">
        <source>%1: passed (%n step(s), rolled back).</source>
        <translation>
            <numerusform>%1: passed (%n step, rolled back).</numerusform><numerusform>%1: passed (%n steps, rolled back).</numerusform></translation>
    </message>
</context>
<context>
    <name>StepChecks</name>
    <message numerus="yes">
        <source>%n difference(s) with the expected snapshot on its objects.</source>
        <translation>
            <numerusform>%n difference with the expected snapshot on its objects.</numerusform><numerusform>%n differences with the expected snapshot on its objects.</numerusform></translation>
    </message>
</context>
<context>
    <name>StepExecutor</name>
    <message numerus="yes">
        <source>%1 %2 %3 (%n statement(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n statement)</numerusform><numerusform>%1 %2 %3 (%n statements)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it took effect (non-transactional migration); the history records it as failed.</source>
        <translation>
            <numerusform>%n statement before it took effect (non-transactional migration); the history records it as failed.</numerusform><numerusform>%n statements before it took effect (non-transactional migration); the history records it as failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It gave up after %n attempt(s), each waiting at most %1 ms for its locks.</source>
        <translation>
            <numerusform>It gave up after %n attempt, each waiting at most %1 ms for its locks.</numerusform><numerusform>It gave up after %n attempts, each waiting at most %1 ms for its locks.</numerusform></translation>
    </message>
</context>
<context>
    <name>ValidationPlanReader</name>
    <message numerus="yes">
        <source>The validation plan has %n error(s).</source>
        <translation>
            <numerusform>The validation plan has %n error.</numerusform><numerusform>The validation plan has %n errors.</numerusform></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>No test row was left behind (%n table(s) counted before and after).</source>
        <translation>
            <numerusform>No test row was left behind (%n table counted before and after).</numerusform><numerusform>No test row was left behind (%n tables counted before and after).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Row counts changed during the smoke tests in %n table(s) (other sessions writing, or a test row left behind).</source>
        <translation>
            <numerusform>Row counts changed during the smoke tests in %n table (other sessions writing, or a test row left behind).</numerusform><numerusform>Row counts changed during the smoke tests in %n tables (other sessions writing, or a test row left behind).</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::CheckResultsModel</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform><numerusform>%n checks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform><numerusform>, %n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform><numerusform>, %n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::ConnectionHeader</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::DatabaseActions</name>
    <message numerus="yes">
        <source>%n statement(s), then migrations up to %1 recorded as applied.</source>
        <translation>
            <numerusform>%n statement, then migrations up to %1 recorded as applied.</numerusform><numerusform>%n statements, then migrations up to %1 recorded as applied.</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationsPage</name>
    <message numerus="yes">
        <source>%n migration(s) done in %1 s, %2.</source>
        <translation>
            <numerusform>%n migration done in %1 s, %2.</numerusform><numerusform>%n migrations done in %1 s, %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written: %1</source>
        <translation>
            <numerusform>%n file written: %1</numerusform><numerusform>%n files written: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::ReconcileDialog</name>
    <message numerus="yes">
        <source>%n difference(s) need a person first (listed at the end, with the rows that block them).</source>
        <translation>
            <numerusform>%n difference need a person first (listed at the end, with the rows that block them).</numerusform><numerusform>%n differences need a person first (listed at the end, with the rows that block them).</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::RecoveryActions</name>
    <message numerus="yes">
        <source>Repair "%1" of %2 done (%n statement(s), recorded in the audit log); %3</source>
        <translation>
            <numerusform>Repair "%1" of %2 done (%n statement, recorded in the audit log); %3</numerusform><numerusform>Repair "%1" of %2 done (%n statements, recorded in the audit log); %3</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::RestoreReportView</name>
    <message numerus="yes">
        <source>Identical row counts for %n table(s).</source>
        <translation>
            <numerusform>Identical row counts for %n table.</numerusform><numerusform>Identical row counts for %n tables.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ from the backup:</source>
        <translation>
            <numerusform>%n table differ from the backup:</numerusform><numerusform>%n tables differ from the backup:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::SchemaPage</name>
    <message numerus="yes">
        <source>%n difference(s) with the expected schema of version %1.</source>
        <translation>
            <numerusform>%n difference with the expected schema of version %1.</numerusform><numerusform>%n differences with the expected schema of version %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) kept on purpose by reconcile (column order) not counted.</source>
        <translation>
            <numerusform>%n difference kept on purpose by reconcile (column order) not counted.</numerusform><numerusform>%n differences kept on purpose by reconcile (column order) not counted.</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::ValidationPage</name>
    <message numerus="yes">
        <source>%n past report(s)</source>
        <translation>
            <numerusform>%n past report</numerusform><numerusform>%n past reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>PDF written: %1 (%n page(s)); archived beside its JSON.</source>
        <translation>
            <numerusform>PDF written: %1 (%n page); archived beside its JSON.</numerusform><numerusform>PDF written: %1 (%n pages); archived beside its JSON.</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::WaitingSessionsPanel</name>
    <message numerus="yes">
        <source>%n session(s) waiting behind the migration.</source>
        <translation>
            <numerusform>%n session waiting behind the migration.</numerusform><numerusform>%n sessions waiting behind the migration.</numerusform></translation>
    </message>
</context>
</TS>