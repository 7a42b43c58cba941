<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</context>
<context>
    <name>MigrationRunner</name>
    <message numerus="yes">
        <source>The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.</source>
        <translation>
            <numerusform>The database lacks %n object that these migrations create; stamping would record a schema it does not have.</numerusform><numerusform>The database lacks %n objects that these migrations create; stamping would record a schema it does not have.</numerusform></translation>
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
    <name>mathakine::ConnectionHeader</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationsPage</name>
    <message numerus="yes">
        <source>%n migration(s) done in %1 s, %2.</source>
        <translation>
            <numerusform>%n migration done in %1 s, %2.</numerusform><numerusform>%n migrations done in %1 s, %2.</numerusform></translation>
    </message>
</context>
</TS>