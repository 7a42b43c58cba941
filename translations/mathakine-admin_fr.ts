<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AlembicExport</name>
    <message>
        <source>The migration has no &quot;revision&quot; header: Alembic chains its files by revision id.</source>
        <translation>La migration n&apos;a pas d&apos;en-tête «&#xa0;revision&#xa0;»&#x202f;: Alembic enchaîne ses fichiers par identifiant de révision.</translation>
    </message>
    <message>
        <source>Add a line &quot;-- revision: some_id&quot; (letters, digits, underscores) to its header.</source>
        <translation>Ajoutez une ligne «&#xa0;-- revision: un_id&#xa0;» (lettres, chiffres, soulignés) à son en-tête.</translation>
    </message>
</context>
<context>
    <name>AlembicRevision</name>
    <message>
        <source>Managed by Alembic at revision %1, which is migration %2; this tool has no history of it yet.</source>
        <translation>Gérée par Alembic à la révision %1, qui est la migration %2&#x202f;; cet outil n&apos;en a pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>Managed by Alembic at revision %1, not known to these migrations; migration %2 replaces it (replaces_revisions).</source>
        <translation>Gérée par Alembic à la révision %1, inconnue de ces migrations&#x202f;; la migration %2 la remplace (replaces_revisions).</translation>
    </message>
    <message>
        <source>Managed by Alembic at revision %1, not known to these migrations.</source>
        <translation>Gérée par Alembic à la révision %1, inconnue de ces migrations.</translation>
    </message>
    <message>
        <source>Upgrading from base would create again what the database already has: refused.</source>
        <translation>Migrer depuis la base vide recréerait ce que la base contient déjà&#x202f;: refusé.</translation>
    </message>
    <message>
        <source>Adopt it: check it with &quot;diff --at %1&quot;, then &quot;stamp %1&quot; records the migrations up to %1 as applied.</source>
        <translation>Pour l&apos;adopter&#x202f;: vérifiez-la avec «&#xa0;diff --at %1&#xa0;», puis «&#xa0;stamp %1&#xa0;» enregistre les migrations jusqu&apos;à %1 comme appliquées.</translation>
    </message>
    <message>
        <source>Adopt it: &quot;reconcile --to %1&quot; brings its schema to version %1 and records it; &quot;stamp %1&quot; does when &quot;diff --at %1&quot; is already empty.</source>
        <translation>Pour l&apos;adopter&#x202f;: «&#xa0;reconcile --to %1&#xa0;» amène son schéma à la version %1 et l&apos;enregistre&#x202f;; «&#xa0;stamp %1&#xa0;» suffit quand «&#xa0;diff --at %1&#xa0;» est déjà vide.</translation>
    </message>
    <message>
        <source>Tell which version it stands for: add &quot;-- replaces_revisions: %1&quot; to that migration&apos;s header, then reconcile or stamp to it.</source>
        <translation>Indiquez la version qu&apos;elle représente&#x202f;: ajoutez «&#xa0;-- replaces_revisions: %1&#xa0;» à l&apos;en-tête de cette migration, puis réconciliez ou marquez jusqu&apos;à elle.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <source>The backup file already exists; it is never overwritten.</source>
        <translation>Le fichier de sauvegarde existe déjà&#x202f;; il n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>The backup was canceled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>Cannot move the verified dump to its final name.</source>
        <translation>Impossible de renommer le dump vérifié sous son nom définitif.</translation>
    </message>
    <message>
        <source>The dump %1 is complete and verified, but the production gate will not see it.</source>
        <translation>Le dump %1 est complet et vérifié, mais le contrôle de mise en production ne le verra pas.</translation>
    </message>
    <message>
        <source>The backup was canceled; the partial file was deleted.</source>
        <translation>La sauvegarde a été annulée&#x202f;; le fichier partiel a été supprimé.</translation>
    </message>
    <message>
        <source>pg_dump was killed before it finished; the partial file was deleted.</source>
        <translation>pg_dump a été tué avant la fin&#x202f;; le fichier partiel a été supprimé.</translation>
    </message>
    <message>
        <source>pg_dump failed; the partial file was deleted.</source>
        <translation>pg_dump a échoué&#x202f;; le fichier partiel a été supprimé.</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump back; it was deleted.</source>
        <translation>pg_restore ne parvient pas à relire le dump&#x202f;; il a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>The dump lacks the data of %n table(s); it was deleted.</source>
        <translation>
            <numerusform>Il manque au dump les données de %n table&#x202f;; il a été supprimé.</numerusform>
            <numerusform>Il manque au dump les données de %n tables&#x202f;; il a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_restore cannot read the whole dump back (truncated or corrupt); it was deleted.</source>
        <translation>pg_restore ne peut pas relire le dump en entier (tronqué ou corrompu)&#x202f;; il a été supprimé.</translation>
    </message>
</context>
<context>
    <name>BackupTools</name>
    <message>
        <source>pg_dump %1 is older than the server (PostgreSQL %2): it would refuse to dump it.</source>
        <translation>pg_dump %1 est plus ancien que le serveur (PostgreSQL %2)&#x202f;: il refuserait d&apos;en faire un dump.</translation>
    </message>
    <message>
        <source>Install the client tools of version %1 or newer (apt-get install postgresql-client-%1), or point MATHAKINE_PG_BINDIR at their bin folder.</source>
        <translation>Installez les outils clients en version %1 ou plus récente (apt-get install postgresql-client-%1), ou faites pointer MATHAKINE_PG_BINDIR vers leur dossier bin.</translation>
    </message>
    <message>
        <source>pg_restore is missing next to %1.</source>
        <translation>pg_restore est absent à côté de %1.</translation>
    </message>
    <message>
        <source>Cannot read the version of %1.</source>
        <translation>Impossible de lire la version de %1.</translation>
    </message>
    <message>
        <source>pg_dump was not found.</source>
        <translation>pg_dump est introuvable.</translation>
    </message>
    <message>
        <source>Install the postgresql-client package, or set MATHAKINE_PG_BINDIR.</source>
        <translation>Installez le paquet postgresql-client, ou définissez MATHAKINE_PG_BINDIR.</translation>
    </message>
</context>
<context>
    <name>BenchmarkRunner</name>
    <message>
        <source>Choosing the value of parameter %1 failed: %2</source>
        <translation>Le choix de la valeur du paramètre %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: the query failed.</source>
        <translation>%1&#x202f;: la requête a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%1: p95 %2 over %n run(s) (budget %3).</source>
        <translation>
            <numerusform>%1&#x202f;: p95 %2 sur %n exécution (budget %3).</numerusform>
            <numerusform>%1&#x202f;: p95 %2 sur %n exécutions (budget %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the plan uses %2.</source>
        <translation>%1&#x202f;: le plan utilise %2.</translation>
    </message>
    <message>
        <source>%1: the plan does not use %2 (it uses %3).</source>
        <translation>%1&#x202f;: le plan n&apos;utilise pas %2 (index utilisés&#x202f;: %3).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1: no data to measure: %2 found no row (empty tables), so the query read nothing. Seed a test database (mathakine-admin seed) and validate again.</source>
        <translation>%1&#x202f;: aucune donnée à mesurer&#x202f;: %2 ne trouve aucune ligne (tables vides), la requête n&apos;a donc rien lu. Peuplez une base de test (mathakine-admin seed) et relancez la validation.</translation>
    </message>
    <message>
        <source>%1: the plan does not use %2; it uses no index.</source>
        <translation>%1&#x202f;: le plan n&apos;utilise pas %2&#x202f;; il n&apos;utilise aucun index.</translation>
    </message>
</context>
<context>
    <name>BudgetChecks</name>
    <message>
        <source>%1: cannot be measured, migrations %2 are not applied.</source>
        <translation>%1&#x202f;: mesure impossible, les migrations %2 ne sont pas appliquées.</translation>
    </message>
    <message>
        <source>%1: cannot be measured, migrations %2 were stamped, not run.</source>
        <translation>%1&#x202f;: mesure impossible, les migrations %2 ont été marquées comme appliquées sans être exécutées.</translation>
    </message>
    <message>
        <source>%1: the migrations took %2 (budget %3).</source>
        <translation>%1&#x202f;: les migrations ont pris %2 (budget %3).</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>The validation took %1 (budget %2).</source>
        <translation>La validation a pris %1 (budget %2).</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Required tables, columns and indexes</source>
        <translation>Tables, colonnes et index requis</translation>
    </message>
    <message>
        <source>Schema compared with the migrations</source>
        <translation>Schéma comparé aux migrations</translation>
    </message>
    <message>
        <source>Smoke tests (rolled back)</source>
        <translation>Tests de bon fonctionnement (annulés en fin de test)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Data: row counts</source>
        <translation>Données&#x202f;: nombre de lignes</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSITE</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>SANS DONNÉES</translation>
    </message>
    <message>
        <source>At least one critical check failed.</source>
        <translation>Au moins une vérification critique a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>No data to measure: %n benchmark query(s) ran on empty tables, so their timings prove nothing. Seed a test database (mathakine-admin seed) and validate again.</source>
        <translation>
            <numerusform>Aucune donnée à mesurer&#x202f;: %n requête du banc d&apos;essai a tourné sur des tables vides, ses temps ne prouvent donc rien. Peuplez une base de test (mathakine-admin seed) et relancez la validation.</numerusform>
            <numerusform>Aucune donnée à mesurer&#x202f;: %n requêtes du banc d&apos;essai ont tourné sur des tables vides, leurs temps ne prouvent donc rien. Peuplez une base de test (mathakine-admin seed) et relancez la validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every critical check passed.</source>
        <translation>Toutes les vérifications critiques ont réussi.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#x202f;: %1.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not supported; use fr or en.</source>
        <translation>--lang&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#x202f;; utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Usage: mathakine-admin [global options] COMMAND [arguments]</source>
        <translation>Utilisation&#x202f;: mathakine-admin [options globales] COMMANDE [arguments]</translation>
    </message>
    <message>
        <source>Apply, inspect and validate the Mathakine database migrations. Without a command, the desktop application opens.</source>
        <translation>Applique, inspecte et valide les migrations de la base de données Mathakine. Sans commande, l&apos;application de bureau s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#x202f;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#x202f;:</translation>
    </message>
    <message>
        <source>Database URL (postgresql://user@host:port/db)</source>
        <translation>URL de la base de données (postgresql://user@host:port/db)</translation>
    </message>
    <message>
        <source>A saved connection profile</source>
        <translation>Un profil de connexion enregistré</translation>
    </message>
    <message>
        <source>The migrations folder (default: ./migrations)</source>
        <translation>Le dossier des migrations (par défaut&#x202f;: ./migrations)</translation>
    </message>
    <message>
        <source>Language of messages and reports</source>
        <translation>Langue des messages et des rapports</translation>
    </message>
    <message>
        <source>Log file (default: logs/database_migration.log in the data folder)</source>
        <translation>Fichier journal (par défaut&#x202f;: logs/database_migration.log dans le dossier de données)</translation>
    </message>
    <message>
        <source>Machine-readable output</source>
        <translation>Sortie lisible par une machine</translation>
    </message>
    <message>
        <source>Fewer or more messages on the terminal</source>
        <translation>Moins ou plus de messages dans le terminal</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>La version</translation>
    </message>
    <message>
        <source>Without --url or --profile: $DATABASE_URL, then the PG* variables, then the running sandbox.</source>
        <translation>Sans --url ni --profile&#x202f;: $DATABASE_URL, puis les variables PG*, puis le bac à sable en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 validation failed or differences found; 2 usage error; 3 cannot connect; 4 migration failed (rolled back); 5 another migration holds the lock.</source>
        <translation>Codes de sortie&#x202f;: 0 succès&#x202f;; 1 validation échouée ou différences trouvées&#x202f;; 2 erreur d&apos;utilisation&#x202f;; 3 connexion impossible&#x202f;; 4 migration échouée (transaction annulée)&#x202f;; 5 une autre migration détient le verrou.</translation>
    </message>
    <message>
        <source>See mathakine-admin --help.</source>
        <translation>Voir mathakine-admin --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Option %1 was given an empty value.</source>
        <translation>L&apos;option %1 a reçu une valeur vide.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#x202f;: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 [invalid-file] (error)</source>
        <translation>%1 [invalid-file] (erreur)</translation>
    </message>
    <message>
        <source>%1 [%2]: %3</source>
        <translation>%1 [%2]&#x202f;: %3</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4…</source>
        <translation>[%1/%2] %3 %4…</translation>
    </message>
    <message>
        <source>Usage: stamp TARGET|base [--force]</source>
        <translation>Utilisation&#x202f;: stamp TARGET|base [--force]</translation>
    </message>
    <message>
        <source>Usage: sql [TARGET] | sql --down TARGET|base</source>
        <translation>Utilisation&#x202f;: sql [TARGET] | sql --down TARGET|base</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) done in %1.</source>
        <translation>
            <numerusform>%n migration effectuée en %1.</numerusform>
            <numerusform>%n migrations effectuées en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox stopped (%1).</source>
        <translation>Bac à sable arrêté (%1).</translation>
    </message>
    <message>
        <source>Sandbox running: PostgreSQL on port %1, socket %2</source>
        <translation>Bac à sable en cours d&apos;exécution&#x202f;: PostgreSQL sur le port %1, socket %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#x202f;: %1</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation>Répertoire&#x202f;: %1</translation>
    </message>
    <message>
        <source>Connect with: psql -h %1 -p %2 -U postgres %3</source>
        <translation>Pour vous connecter&#x202f;: psql -h %1 -p %2 -U postgres %3</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
    <message>
        <source>Sandbox deleted.</source>
        <translation>Bac à sable supprimé.</translation>
    </message>
    <message>
        <source>Unknown sandbox action &quot;%1&quot;; use start, stop, status or destroy.</source>
        <translation>Action de bac à sable inconnue «&#xa0;%1&#xa0;»&#x202f;; utilisez start, stop, status ou destroy.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1</source>
        <translation>Serveur&#x202f;: PostgreSQL %1</translation>
    </message>
    <message>
        <source>Database: %1 (user %2)</source>
        <translation>Base de données&#x202f;: %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>Migration version: %1 (head: %2)</source>
        <translation>Version de migration&#x202f;: %1 (dernière version&#x202f;: %2)</translation>
    </message>
    <message>
        <source>none (base)</source>
        <translation>aucune (base)</translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s)</source>
        <translation>
            <numerusform>%n migration en attente</numerusform>
            <numerusform>%n migrations en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration lock: held by %1</source>
        <translation>Verrou de migration&#x202f;: détenu par %1</translation>
    </message>
    <message>
        <source>Migration lock: free</source>
        <translation>Verrou de migration&#x202f;: libre</translation>
    </message>
    <message>
        <source>%1 by %2 (%3), %4%5</source>
        <translation>%1 par %2 (%3), %4%5</translation>
    </message>
    <message>
        <source>, stamped without running</source>
        <translation>, marquée comme appliquée sans exécution</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) checked</source>
        <translation>
            <numerusform>%n migration analysée</numerusform>
            <numerusform>%n migrations analysées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n signalement.</numerusform>
            <numerusform>%n signalements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sandbox start|stop|status|destroy [--dir DIR] [--database NAME] [--fresh] [--demo]</source>
        <translation>Utilisation&#x202f;: sandbox start|stop|status|destroy [--dir DIR] [--database NAME] [--fresh] [--demo]</translation>
    </message>
    <message numerus="yes">
        <source>Demo database ready: Mathakine baseline and demo data; %n migration(s) left to apply.</source>
        <translation>
            <numerusform>Base de démonstration prête&#x202f;: schéma de référence Mathakine et données de démonstration&#x202f;; %n migration reste à appliquer.</numerusform>
            <numerusform>Base de démonstration prête&#x202f;: schéma de référence Mathakine et données de démonstration&#x202f;; %n migrations restent à appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 in %2; PostgreSQL %3; migration version %4; %5 tables, %6 rows</source>
        <translation>%1 en %2&#x202f;; PostgreSQL %3&#x202f;; version de migration %4&#x202f;; %5 tables, %6 lignes</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>  (file missing or changed)</source>
        <translation>  (fichier absent ou modifié)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n sauvegarde dans %1</numerusform>
            <numerusform>%n sauvegardes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 into database %2 in %3 (%4 tables).</source>
        <translation>%1 restauré dans la base %2 en %3 (%4 tables).</translation>
    </message>
    <message>
        <source>No row counts were recorded for this file: nothing to compare.</source>
        <translation>Aucun comptage de lignes n&apos;a été enregistré pour ce fichier&#x202f;: rien à comparer.</translation>
    </message>
    <message>
        <source>Row counts identical to those recorded with the backup.</source>
        <translation>Nombres de lignes identiques à ceux enregistrés avec la sauvegarde.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1: %2 rows in the backup, %3 restored</source>
        <translation>%1&#x202f;: %2 lignes dans la sauvegarde, %3 restaurées</translation>
    </message>
    <message>
        <source>Usage: backup [--out FILE] | backup --list</source>
        <translation>Utilisation&#x202f;: backup [--out FILE] | backup --list</translation>
    </message>
    <message>
        <source>Backing up %1 to %2…</source>
        <translation>Sauvegarde de %1 vers %2…</translation>
    </message>
    <message>
        <source>Usage: restore FILE --into DBNAME [--replace] [--jobs N] [--keep-owners]</source>
        <translation>Utilisation&#x202f;: restore FILE --into DBNAME [--replace] [--jobs N] [--keep-owners]</translation>
    </message>
    <message>
        <source>restore needs --into DBNAME.</source>
        <translation>restore exige --into DBNAME.</translation>
    </message>
    <message>
        <source>--jobs: &quot;%1&quot; is not a number.</source>
        <translation>--jobs&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Usage: clone --into DBNAME [--target-url URL] [--profile-name NAME] [--replace]</source>
        <translation>Utilisation&#x202f;: clone --into DBNAME [--target-url URL] [--profile-name NAME] [--replace]</translation>
    </message>
    <message>
        <source>clone needs --into DBNAME.</source>
        <translation>clone exige --into DBNAME.</translation>
    </message>
    <message>
        <source>--target-url: %1</source>
        <translation>--target-url&#x202f;: %1</translation>
    </message>
    <message>
        <source>Test profile &quot;%1&quot; points at the copy: mathakine-admin --profile &quot;%1&quot; upgrade</source>
        <translation>Le profil de test «&#xa0;%1&#xa0;» pointe vers la copie&#x202f;: mathakine-admin --profile &quot;%1&quot; upgrade</translation>
    </message>
    <message>
        <source>Usage: diff [--at VERSION] [--sql]</source>
        <translation>Utilisation&#x202f;: diff [--at VERSION] [--sql]</translation>
    </message>
    <message>
        <source>--at: unknown version &quot;%1&quot;.</source>
        <translation>--at&#x202f;: version inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>note: migration %1 stopped midway; some differences may come from it.</source>
        <translation>remarque&#x202f;: la migration %1 s&apos;est arrêtée en cours de route&#x202f;; certaines différences peuvent en provenir.</translation>
    </message>
    <message>
        <source>No difference: the database matches the expected schema of %1.</source>
        <translation>Aucune différence&#x202f;: la base de données correspond au schéma attendu de %1.</translation>
    </message>
    <message>
        <source>Compared with the expected schema of %1:</source>
        <translation>Par rapport au schéma attendu de %1&#x202f;:</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correction&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message>
        <source>base (no migration)</source>
        <translation>l&apos;état initial (aucune migration)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>la version %1</translation>
    </message>
    <message>
        <source>-- Statements that bring %1 to the expected schema of %2 (review before running).</source>
        <translation>-- Instructions qui amènent %1 au schéma attendu de %2 (à relire avant de les exécuter).</translation>
    </message>
    <message>
        <source>since %1 by %2 (%3): %4</source>
        <translation>depuis %1 par %2 (%3)&#x202f;: %4</translation>
    </message>
    <message>
        <source>The backend checks it with:</source>
        <translation>Le backend le vérifie avec&#x202f;:</translation>
    </message>
    <message>
        <source>--override-gate needs a reason, e.g. --override-gate &quot;incident 42: hotfix&quot;.</source>
        <translation>--override-gate exige un motif, par exemple --override-gate &quot;incident 42: hotfix&quot;.</translation>
    </message>
    <message>
        <source>Production gate for %1:</source>
        <translation>Contrôle de mise en production pour %1&#x202f;:</translation>
    </message>
    <message>
        <source>[ok]     </source>
        <translation>[ok]     </translation>
    </message>
    <message>
        <source>[missing]</source>
        <translation>[manque] </translation>
    </message>
    <message>
        <source>  Gate OVERRIDDEN (recorded in the audit log): %1</source>
        <translation>  Contrôle CONTOURNÉ (consigné dans le journal d&apos;audit)&#x202f;: %1</translation>
    </message>
    <message>
        <source>Maintenance mode: unknown (%1)</source>
        <translation>Mode maintenance&#x202f;: inconnu (%1)</translation>
    </message>
    <message>
        <source>Maintenance mode: off</source>
        <translation>Mode maintenance&#x202f;: désactivé</translation>
    </message>
    <message>
        <source>Maintenance mode: ON %1</source>
        <translation>Mode maintenance&#x202f;: ACTIVÉ %1</translation>
    </message>
    <message>
        <source>Usage: maintenance status | on --reason TEXT | off</source>
        <translation>Utilisation&#x202f;: maintenance status | on --reason TEXT | off</translation>
    </message>
    <message>
        <source>Unknown maintenance action %1.</source>
        <translation>Action de maintenance inconnue&#x202f;: %1.</translation>
    </message>
    <message>
        <source>maintenance on needs --reason TEXT (the backend may show it).</source>
        <translation>maintenance on exige --reason TEXT (le backend peut l&apos;afficher).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight for %1 (PostgreSQL %2): %n migration(s) to apply.</source>
        <translation>
            <numerusform>Vérification préalable pour %1 (PostgreSQL %2)&#x202f;: %n migration à appliquer.</numerusform>
            <numerusform>Vérification préalable pour %1 (PostgreSQL %2)&#x202f;: %n migrations à appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight for %1 (PostgreSQL %2): %n migration(s) to revert.</source>
        <translation>
            <numerusform>Vérification préalable pour %1 (PostgreSQL %2)&#x202f;: %n migration à annuler.</numerusform>
            <numerusform>Vérification préalable pour %1 (PostgreSQL %2)&#x202f;: %n migrations à annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight: %1 problem(s), %2 warning(s).</source>
        <translation>Vérification préalable — problèmes&#x202f;: %1, avertissements&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Usage: preflight [TARGET] | preflight --down TARGET|base</source>
        <translation>Utilisation&#x202f;: preflight [TARGET] | preflight --down TARGET|base</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number between 0 and 100000000.</source>
        <translation>%1&#x202f;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre compris entre 0 et 100000000.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows/s), then ANALYZE in %4 s.</source>
        <translation>%1 lignes en %2 s (%3 lignes/s), puis ANALYZE en %4 s.</translation>
    </message>
    <message>
        <source>Usage: snapshot [--check] [--out DIR] [--schema LIST] | snapshot --actual [--out FILE] [--schema LIST]</source>
        <translation>Utilisation&#x202f;: snapshot [--check] [--out DIR] [--schema LIST] | snapshot --actual [--out FILE] [--schema LIST]</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>--actual and --check do not go together.</source>
        <translation>--actual et --check ne peuvent pas être utilisées ensemble.</translation>
    </message>
    <message>
        <source>[%1/%2] replaying %3…</source>
        <translation>[%1/%2] rejeu de %3…</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1&#x202f;: écrit</translation>
    </message>
    <message>
        <source>%1: up to date</source>
        <translation>%1&#x202f;: à jour</translation>
    </message>
    <message>
        <source>%1: differs from what the migrations produce</source>
        <translation>%1&#x202f;: diffère de ce que produisent les migrations</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1&#x202f;: manquant</translation>
    </message>
    <message>
        <source>The expected snapshots are out of date; regenerate them with: mathakine-admin snapshot</source>
        <translation>Les instantanés attendus ne sont plus à jour&#x202f;; régénérez-les avec&#x202f;: mathakine-admin snapshot</translation>
    </message>
    <message>
        <source>Usage: validate [--pdf FILE] [--json FILE] [--plan FILE] [--runs N] [--warmup N] [--no-benchmark]</source>
        <translation>Utilisation&#x202f;: validate [--pdf FILE] [--json FILE] [--plan FILE] [--runs N] [--warmup N] [--no-benchmark]</translation>
    </message>
    <message>
        <source>Validation of %1 (PostgreSQL %2)</source>
        <translation>Validation de %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Benchmark (client side; server side from EXPLAIN ANALYZE):</source>
        <translation>Mesures de performance (côté client&#x202f;; côté serveur d&apos;après EXPLAIN ANALYZE)&#x202f;:</translation>
    </message>
    <message>
        <source>p50 %1  p95 %2  p99 %3  max %4  mean %5  | server p50 %6  p95 %7  | budget %8</source>
        <translation>p50 %1  p95 %2  p99 %3  max %4  moyenne %5  | serveur p50 %6  p95 %7  | budget %8</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of at least %3.</source>
        <translation>%1&#x202f;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier supérieur ou égal à %3.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#x202f;: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archivé&#x202f;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#x202f;: %1</translation>
    </message>
    <message>
        <source>Verifying: pg_restore reads the whole dump back…</source>
        <translation>Vérification&#x202f;: pg_restore relit le dump en entier…</translation>
    </message>
    <message>
        <source>Usage: restore-production FILE --confirm DBNAME [--jobs N] [--maintenance-reason TEXT]</source>
        <translation>Usage&#x202f;: restore-production FICHIER --confirm NOMBASE [--jobs N] [--maintenance-reason TEXTE]</translation>
    </message>
    <message>
        <source>Database %1 restored from %2 in %3: %4 tables, row counts identical to the backup&apos;s.</source>
        <translation>Base %1 restaurée depuis %2 en %3&#x202f;: %4 tables, nombres de lignes identiques à ceux de la sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminée.</numerusform>
            <numerusform>%n sessions terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous database is kept as %1; drop it once checked: DROP DATABASE %1;</source>
        <translation>L&apos;ancienne base est conservée sous le nom %1&#x202f;; supprimez-la une fois vérifiée&#x202f;: DROP DATABASE %1;</translation>
    </message>
    <message>
        <source>way out: run again with %1 (audited)</source>
        <translation>solution&#x202f;: relancer avec %1 (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>way out: run again with %1</source>
        <translation>solution&#x202f;: relancer avec %1</translation>
    </message>
    <message>
        <source>--override-preflight needs a reason, e.g. --override-preflight &quot;index checked by hand&quot;.</source>
        <translation>--override-preflight demande une raison, par exemple --override-preflight «&#xa0;index vérifié à la main&#xa0;».</translation>
    </message>
    <message>
        <source>Migration %1 was interrupted during its %2 section (the process or the connection died): %3 of %4 statement(s) took effect.</source>
        <translation>La migration %1 a été interrompue pendant sa section %2 (le processus ou la connexion a été coupé)&#x202f;; instructions qui ont pris effet&#x202f;: %3 sur %4.</translation>
    </message>
    <message>
        <source>Migration %1 failed in its %2 section at statement %3%4: %5. %6 statement(s) before it took effect.</source>
        <translation>La migration %1 a échoué dans sa section %2 à l&apos;instruction %3%4&#x202f;: %5. Instructions ayant pris effet avant elle&#x202f;: %6.</translation>
    </message>
    <message>
        <source>  Way out: fix the cause, then run downgrade again (its down section restarts from statement 1, so it must tolerate what already ran), or upgrade to re-apply it.</source>
        <translation>  Solution&#x202f;: corrigez la cause, puis relancez downgrade (sa section down reprend à l&apos;instruction 1 et doit donc tolérer ce qui a déjà été exécuté), ou lancez upgrade pour la réappliquer.</translation>
    </message>
    <message>
        <source>  Way out: fix the cause (drop any INVALID index it left: DROP INDEX CONCURRENTLY …), then run upgrade again — it restarts this migration from its first statement.</source>
        <translation>  Solution&#x202f;: corrigez la cause (supprimez tout index INVALID qu&apos;elle a laissé&#x202f;: DROP INDEX CONCURRENTLY …), puis relancez upgrade — la migration reprend à sa première instruction.</translation>
    </message>
    <message>
        <source>  (the applied text was not recorded: it ran with an older version of the tool)</source>
        <translation>  (le texte appliqué n&apos;a pas été enregistré&#x202f;: la migration a été exécutée par une version plus ancienne de l&apos;outil)</translation>
    </message>
    <message>
        <source>%1 (applied)</source>
        <translation>%1 (appliqué)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Edited after being applied (drift): %1 — recorded checksum %2, file now %3</source>
        <translation>Modifiée après application (dérive)&#x202f;: %1 — somme de contrôle enregistrée %2, fichier actuel %3</translation>
    </message>
    <message>
        <source>Pending but older than the current version (out of order): %1; upgrade refuses them without --out-of-order.</source>
        <translation>En attente mais plus anciennes que la version actuelle (hors ordre)&#x202f;: %1&#x202f;; upgrade les refuse sans --out-of-order.</translation>
    </message>
    <message>
        <source>Applied but missing from the migrations folder: %1; upgrade refuses to go on without --allow-missing.</source>
        <translation>Appliquées mais absentes du dossier des migrations&#x202f;: %1&#x202f;; upgrade refuse de continuer sans --allow-missing.</translation>
    </message>
    <message>
        <source>Migration %1 is being run (%2 section): %3 of %4 statement(s) done so far.</source>
        <translation>La migration %1 est en cours d&apos;exécution (section %2)&#x202f;; instructions exécutées jusqu&apos;ici&#x202f;: %3 sur %4.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé&#x202f;: %1</translation>
    </message>
    <message>
        <source>Rewrote %1</source>
        <translation>Réécrit&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written; run snapshot to refresh the expected schemas.</source>
        <translation>
            <numerusform>%n fichier écrit&#x202f;; lancez snapshot pour mettre à jour les schémas attendus.</numerusform>
            <numerusform>%n fichiers écrits&#x202f;; lancez snapshot pour mettre à jour les schémas attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: lint [--fix [--dry-run]]</source>
        <translation>Utilisation&#x202f;: lint [--fix [--dry-run]]</translation>
    </message>
    <message>
        <source>--lock-retries: &quot;%1&quot; must be a whole number from 0 to %2.</source>
        <translation>--lock-retries&#x202f;: «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s)</source>
        <translation>
            <numerusform>, %n tentative</numerusform>
            <numerusform>, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of milliseconds of at least 1 (a run always has a limit).</source>
        <translation>%1&#x202f;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de millisecondes supérieur ou égal à 1 (une exécution a toujours une limite).</translation>
    </message>
    <message>
        <source>Nothing to do for this target: the database is at version %1.</source>
        <translation>Rien à faire pour cette cible&#x202f;: la base de données est à la version %1.</translation>
    </message>
    <message>
        <source>Note: %1 older than the current version %2; upgrade refuses it without --out-of-order.</source>
        <translation>Note&#x202f;: %1 plus ancienne que la version actuelle %2&#x202f;; upgrade la refuse sans --out-of-order.</translation>
    </message>
    <message>
        <source>Rows not counted after the run (a lock was held or the count outlasted the timeout): %1</source>
        <translation>Lignes non comptées après l&apos;exécution (un verrou était détenu ou le comptage a dépassé le délai)&#x202f;: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2, in %3.</source>
        <translation>Verdict&#x202f;: %1 — %2, en %3.</translation>
    </message>
    <message>
        <source>accepted (kept on purpose by reconcile): %1</source>
        <translation>accepté (gardé exprès par reconcile)&#x202f;: %1</translation>
    </message>
    <message>
        <source>Usage: generate --from-url URL &quot;title&quot; [--title-en TITLE]</source>
        <translation>Usage&#x202f;: generate --from-url URL TITRE [--title-en TITRE_EN]</translation>
    </message>
    <message>
        <source>--from-url URL is required: the database whose schema the migration reaches.</source>
        <translation>--from-url URL est obligatoire&#x202f;: la base dont la migration doit atteindre le schéma.</translation>
    </message>
    <message>
        <source>Usage: new &quot;TITLE&quot; [--title-en &quot;TITLE&quot;] [--non-transactional]</source>
        <translation>Usage&#x202f;: new TITRE [--title-en TITRE] [--non-transactional]</translation>
    </message>
    <message>
        <source>Usage: export alembic DIR | export models DIR</source>
        <translation>Usage&#x202f;: export alembic DOSSIER | export models DOSSIER</translation>
    </message>
    <message>
        <source>export: &quot;%1&quot; is neither alembic nor models.</source>
        <translation>export&#x202f;: «&#xa0;%1&#xa0;» n&apos;est ni alembic ni models.</translation>
    </message>
    <message>
        <source>export models: the migrations folder has no migration, so no schema to model.</source>
        <translation>export models&#x202f;: le dossier des migrations n&apos;en contient aucune, il n&apos;y a donc pas de schéma à modéliser.</translation>
    </message>
    <message>
        <source>Usage: upgrade [TARGET] [--single-transaction] [--accept-drift] [--out-of-order] [--allow-missing] [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]</source>
        <translation>Utilisation&#x202f;: upgrade [TARGET] [--single-transaction] [--accept-drift] [--out-of-order] [--allow-missing] [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]</translation>
    </message>
    <message>
        <source>Usage: downgrade TARGET|base [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]</source>
        <translation>Utilisation&#x202f;: downgrade TARGET|base [--override-preflight REASON] [--lock-timeout MS] [--lock-retries N] [--lock-retry-timeout MS] [--max-app-wait MS] [--max-replica-lag MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON] [--no-step-checks] [--backup FILE]</translation>
    </message>
    <message>
        <source>, the application waited at most %1</source>
        <translation>, l&apos;application a attendu au plus %1</translation>
    </message>
    <message numerus="yes">
        <source>, replayed by %n standby(s) in %1</source>
        <translation>
            <numerusform>, rejouée par %n réplique en %1</numerusform>
            <numerusform>, rejouée par %n répliques en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup this run relies on: %1</source>
        <translation>Sauvegarde sur laquelle repose cette exécution&#x202f;: %1</translation>
    </message>
    <message>
        <source>Usage: reconcile [--to VERSION] [--sql] [--concurrent-from ROWS] [--lock-timeout MS] [--statement-timeout MS] [--confirm DBNAME] [--override-gate REASON]</source>
        <translation>Usage&#x202f;: reconcile [--to VERSION] [--sql] [--concurrent-from LIGNES] [--lock-timeout MS] [--statement-timeout MS] [--confirm NOMBASE] [--override-gate RAISON]</translation>
    </message>
    <message>
        <source>--concurrent-from: &quot;%1&quot; is not a number of rows of at least 1.</source>
        <translation>--concurrent-from&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de lignes d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>(not possible: %1)</source>
        <translation>(impossible&#x202f;: %1)</translation>
    </message>
    <message>
        <source>SQL:</source>
        <translation>SQL&#x202f;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Diff it would leave: unknown (no expected snapshot at %1)</source>
        <translation>Écarts laissés&#x202f;: inconnus (pas d&apos;instantané attendu à %1)</translation>
    </message>
    <message>
        <source>Diff it would leave if it succeeds (against %1): none</source>
        <translation>Écarts laissés si elle réussit (par rapport à %1)&#x202f;: aucun</translation>
    </message>
    <message>
        <source>Diff it would leave if it succeeds (against %1):</source>
        <translation>Écarts laissés si elle réussit (par rapport à %1)&#x202f;:</translation>
    </message>
    <message>
        <source>Usage: repair VERSION [--choose resume|undo|mark-applied|mark-not-applied] [--lock-timeout MS] [--statement-timeout MS]</source>
        <translation>Utilisation&#x202f;: repair VERSION [--choose resume|undo|mark-applied|mark-not-applied] [--lock-timeout MS] [--statement-timeout MS]</translation>
    </message>
    <message>
        <source>--choose: &quot;%1&quot; is not a repair (resume, undo, mark-applied, mark-not-applied).</source>
        <translation>--choose&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas une réparation (resume, undo, mark-applied, mark-not-applied).</translation>
    </message>
    <message>
        <source>Ways out for migration %1 (apply one with --choose ID):</source>
        <translation>Issues possibles pour la migration %1 (appliquez-en une avec --choose ID)&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>Repair &quot;%1&quot; of %2 done: %n statement(s) run, recorded in the audit log.</source>
        <translation>
            <numerusform>Réparation «&#xa0;%1&#xa0;» de %2 effectuée&#x202f;: %n instruction exécutée, consignée dans le journal d&apos;audit.</numerusform>
            <numerusform>Réparation «&#xa0;%1&#xa0;» de %2 effectuée&#x202f;: %n instructions exécutées, consignées dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No expected snapshot to compare its objects with.</source>
        <translation>Aucun instantané attendu auquel comparer ses objets.</translation>
    </message>
    <message>
        <source>Its objects now match the expected snapshot.</source>
        <translation>Ses objets correspondent maintenant à l&apos;instantané attendu.</translation>
    </message>
    <message>
        <source>Its objects still differ from the expected snapshot:</source>
        <translation>Ses objets diffèrent encore de l&apos;instantané attendu&#x202f;:</translation>
    </message>
    <message>
        <source>session %1 (user %2)</source>
        <translation>session %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>session %1 (%2, user %3)</source>
        <translation>session %1 (%2, utilisateur %3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>  waiting %1 ms: %2, %3: %4</source>
        <translation>  en attente depuis %1&#xa0;ms&#x202f;: %2, %3&#x202f;: %4</translation>
    </message>
    <message>
        <source>[%1] nobody waits behind the migration any more.</source>
        <translation>[%1] plus aucune session n&apos;attend derrière la migration.</translation>
    </message>
    <message numerus="yes">
        <source>[%1] %n session(s) waiting behind the migration (backend %2):</source>
        <translation>
            <numerusform>[%1] %n session en attente derrière la migration (processus serveur %2)&#x202f;:</numerusform>
            <numerusform>[%1] %n sessions en attente derrière la migration (processus serveur %2)&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>, recorded by reconcile</source>
        <translation>, enregistrée par reconcile</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>sauvegarde&#x202f;: %1</translation>
    </message>
    <message>
        <source>Usage: seed [--users N] [--exercises N] [--attempts N] [--achievements N] [--achievements-per-user N] [--notifications N] [--sessions N] [--random-seed N] [--jobs N]</source>
        <translation>Utilisation&#x202f;: seed [--users N] [--exercises N] [--attempts N] [--achievements N] [--achievements-per-user N] [--notifications N] [--sessions N] [--random-seed N] [--jobs N]</translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Argument inattendu&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Server version, current migration version, pending count, drift, lock holder</source>
        <translation>Version du serveur, version de migration actuelle, nombre en attente, dérive, détenteur du verrou</translation>
    </message>
    <message>
        <source>Every migration and its state on this database</source>
        <translation>Chaque migration et son état sur cette base de données</translation>
    </message>
    <message>
        <source>Apply pending migrations up to TARGET (default: head)</source>
        <translation>Appliquer les migrations en attente jusqu&apos;à TARGET (par défaut&#x202f;: head)</translation>
    </message>
    <message>
        <source>Revert applied migrations down to TARGET</source>
        <translation>Revenir en arrière sur les migrations appliquées jusqu&apos;à TARGET</translation>
    </message>
    <message>
        <source>Mark as applied without running (adopting an existing database)</source>
        <translation>Marquer comme appliquées sans les exécuter (reprise d&apos;une base existante)</translation>
    </message>
    <message>
        <source>Print the SQL that upgrade (or downgrade with --down) would run</source>
        <translation>Afficher le SQL qu&apos;exécuterait upgrade (ou downgrade avec --down)</translation>
    </message>
    <message>
        <source>Check the migration files (parse errors, dangerous operations)</source>
        <translation>Analyser les fichiers de migration (erreurs de syntaxe, opérations dangereuses)</translation>
    </message>
    <message>
        <source>A throwaway local PostgreSQL for trying the tool</source>
        <translation>Un PostgreSQL local jetable pour essayer l&apos;outil</translation>
    </message>
    <message>
        <source>Check privileges, existing objects, disk space and locks before migrating</source>
        <translation>Vérifier privilèges, objets existants, espace disque et verrous avant de migrer</translation>
    </message>
    <message>
        <source>pg_dump in custom format, verified and recorded</source>
        <translation>pg_dump au format custom, vérifié et enregistré</translation>
    </message>
    <message>
        <source>Restore a dump into a new database and compare row counts</source>
        <translation>Restaurer un dump dans une nouvelle base et comparer les nombres de lignes</translation>
    </message>
    <message>
        <source>Back up this database and restore it as a test database with a test profile</source>
        <translation>Sauvegarder cette base et la restaurer comme base de test, avec un profil de test</translation>
    </message>
    <message>
        <source>The maintenance flag the backend reads during production migrations</source>
        <translation>L&apos;indicateur de maintenance que lit le backend pendant les migrations de production</translation>
    </message>
    <message>
        <source>Compare the actual schema with the one the migrations produce</source>
        <translation>Comparer le schéma réel avec celui que produisent les migrations</translation>
    </message>
    <message>
        <source>Regenerate the expected schema snapshots from the migrations</source>
        <translation>Régénérer les instantanés du schéma attendu à partir des migrations</translation>
    </message>
    <message>
        <source>Validate the database: required objects, smoke tests, benchmark, budgets, row counts; report as PDF/JSON</source>
        <translation>Valider la base de données&#x202f;: objets requis, tests de bon fonctionnement, mesures de performance, budgets, nombre de lignes&#x202f;; rapport en PDF/JSON</translation>
    </message>
    <message>
        <source>Fill a test database with synthetic data for benchmarks (refused on production profiles)</source>
        <translation>Remplir une base de test avec des données synthétiques pour les mesures de performance (refusé sur les profils de production)</translation>
    </message>
    <message>
        <source>Last resort: restore a verified backup beside the live database and swap it into place, keeping the old one</source>
        <translation>Dernier recours&#x202f;: restaurer une sauvegarde vérifiée à côté de la base en service puis la mettre à sa place, en gardant l&apos;ancienne</translation>
    </message>
    <message>
        <source>Ways out of a failed migration, each with its SQL and the diff it would leave; --choose applies one</source>
        <translation>Issues d&apos;une migration en échec, chacune avec son SQL et les écarts qu&apos;elle laisserait&#x202f;; --choose en applique une</translation>
    </message>
    <message>
        <source>Adopt a drifted database: add what the expected schema lacks without losing data, then record the migrations as applied</source>
        <translation>Adopter une base qui a dérivé&#x202f;: ajouter ce qui manque au schéma attendu sans perdre de données, puis enregistrer les migrations comme appliquées</translation>
    </message>
    <message>
        <source>Write a new migration from the differences between the expected schema at head and another database</source>
        <translation>Écrire une nouvelle migration à partir des différences entre le schéma attendu à la dernière version et une autre base</translation>
    </message>
    <message>
        <source>Write the next migration file from a template (empty up and down sections)</source>
        <translation>Écrire le fichier de la migration suivante à partir d&apos;un modèle (sections up et down vides)</translation>
    </message>
    <message>
        <source>Write the migrations as an Alembic project, or the expected schema as SQLAlchemy models</source>
        <translation>Écrire les migrations en projet Alembic, ou le schéma attendu en modèles SQLAlchemy</translation>
    </message>
</context>
<context>
    <name>ConnectionFailure</name>
    <message>
        <source>Cannot reach %1: no answer within %2 s.</source>
        <translation>Impossible de joindre %1&#x202f;: aucune réponse en %2 s.</translation>
    </message>
    <message>
        <source>Check the host name, the port, the VPN and the firewall.</source>
        <translation>Vérifiez le nom d&apos;hôte, le port, le VPN et le pare-feu.</translation>
    </message>
    <message>
        <source>Wrong password for user %1 on %2.</source>
        <translation>Mot de passe incorrect pour l&apos;utilisateur %1 sur %2.</translation>
    </message>
    <message>
        <source>Check the password saved for this profile (keyring or ~/.pgpass).</source>
        <translation>Vérifiez le mot de passe enregistré pour ce profil (trousseau ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server refuses user %1 on database %2.</source>
        <translation>Le serveur refuse l&apos;utilisateur %1 sur la base %2.</translation>
    </message>
    <message>
        <source>Check that the role exists and may log in, and the server&apos;s pg_hba.conf.</source>
        <translation>Vérifiez que le rôle existe et a le droit de se connecter (LOGIN), ainsi que le pg_hba.conf du serveur.</translation>
    </message>
    <message>
        <source>Database %1 does not exist on the server.</source>
        <translation>La base de données %1 n&apos;existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>The server at %1 has no connection slot left.</source>
        <translation>Le serveur %1 n&apos;a plus aucune connexion disponible.</translation>
    </message>
    <message>
        <source>Wait for sessions to end, or raise max_connections.</source>
        <translation>Attendez la fin de sessions, ou augmentez max_connections.</translation>
    </message>
    <message>
        <source>The server at %1 is starting up or shutting down.</source>
        <translation>Le serveur %1 est en cours de démarrage ou d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection (SQLSTATE %2).</source>
        <translation>Le serveur %1 a refusé la connexion (SQLSTATE %2).</translation>
    </message>
    <message>
        <source>The server asks for a password for user %1 and none is known.</source>
        <translation>Le serveur demande un mot de passe pour l&apos;utilisateur %1 et aucun n&apos;est connu.</translation>
    </message>
    <message>
        <source>Save the password in the profile, in ~/.pgpass, or set PGPASSWORD.</source>
        <translation>Enregistrez le mot de passe dans le profil ou dans ~/.pgpass, ou définissez PGPASSWORD.</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>A second attempt succeeded: the failure did not last. Try again.</source>
        <translation>Une seconde tentative a réussi&#x202f;: la panne n&apos;a pas duré. Réessayez.</translation>
    </message>
    <message>
        <source>Unknown host name %1.</source>
        <translation>Nom d&apos;hôte inconnu&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Check the spelling of the host and the DNS.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte et le DNS.</translation>
    </message>
    <message>
        <source>Cannot reach %1: no server is listening there.</source>
        <translation>Impossible de joindre %1&#x202f;: aucun serveur n&apos;y écoute.</translation>
    </message>
    <message>
        <source>Check that PostgreSQL is running and the host and port are right.</source>
        <translation>Vérifiez que PostgreSQL est démarré, et l&apos;hôte et le port.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified for %1 (sslmode=%2).</source>
        <translation>Le certificat du serveur ne peut pas être vérifié pour %1 (sslmode=%2).</translation>
    </message>
    <message>
        <source>Check the root certificate (sslrootcert, ~/.postgresql/root.crt or PGSSLROOTCERT), that the certificate was issued for this host name, and that the server offers TLS.</source>
        <translation>Vérifiez le certificat racine (sslrootcert, ~/.postgresql/root.crt ou PGSSLROOTCERT), que le certificat a été émis pour ce nom d&apos;hôte, et que le serveur propose TLS.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept the TLS connection that sslmode=require asks for.</source>
        <translation>Le serveur %1 n&apos;accepte pas la connexion TLS que demande sslmode=require.</translation>
    </message>
</context>
<context>
    <name>ConnectionKeywords</name>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>several hosts are not supported; give one host.</source>
        <translation>plusieurs hôtes ne sont pas pris en charge&#x202f;; indiquez-en un seul.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>not a connection keyword this tool accepts.</source>
        <translation>ce mot-clé de connexion n&apos;est pas accepté par l&apos;outil.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; (%2, line %3), %4: %5</source>
        <translation>Service «&#xa0;%1&#xa0;» (%2, ligne %3), %4&#x202f;: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>--profile: no saved profile is named &quot;%1&quot;.</source>
        <translation>--profile&#x202f;: aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionUrl</name>
    <message>
        <source>Expected form: postgresql://user@host:port/database?sslmode=prefer</source>
        <translation>Forme attendue&#x202f;: postgresql://user@host:port/database?sslmode=prefer</translation>
    </message>
    <message>
        <source>Scheme: the URL must start with postgresql:// or postgres://.</source>
        <translation>Schéma d&apos;URL&#x202f;: l&apos;URL doit commencer par postgresql:// ou postgres://.</translation>
    </message>
    <message>
        <source>User name: invalid percent-encoding.</source>
        <translation>Nom d&apos;utilisateur&#x202f;: encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>Password: invalid percent-encoding.</source>
        <translation>Mot de passe&#x202f;: encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>Host: several hosts are not supported; give one host.</source>
        <translation>Hôte&#x202f;: plusieurs hôtes ne sont pas pris en charge&#x202f;; indiquez un seul hôte.</translation>
    </message>
    <message>
        <source>Host: the IPv6 address is missing its closing bracket &quot;]&quot;.</source>
        <translation>Hôte&#x202f;: il manque le crochet fermant «&#xa0;]&#xa0;» de l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>Host: unexpected text &quot;%1&quot; after the IPv6 address.</source>
        <translation>Hôte&#x202f;: texte inattendu «&#xa0;%1&#xa0;» après l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>Port: empty after &quot;:&quot;.</source>
        <translation>Port&#x202f;: vide après «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>Host: invalid percent-encoding.</source>
        <translation>Hôte&#x202f;: encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>Host: &quot;%1&quot; contains a space.</source>
        <translation>Hôte&#x202f;: «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>Port&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>Database name: invalid percent-encoding.</source>
        <translation>Nom de la base de données&#x202f;: encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>Database name: &quot;%1&quot; contains a &quot;/&quot;.</source>
        <translation>Nom de la base de données&#x202f;: «&#xa0;%1&#xa0;» contient un «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: expected key=value.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;»&#x202f;: forme clé=valeur attendue.</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot;: invalid percent-encoding.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;»&#x202f;: encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>DATABASE_URL: %1</source>
        <translation>DATABASE_URL&#x202f;: %1</translation>
    </message>
    <message>
        <source>Parameter %1: %2</source>
        <translation>Paramètre %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>No database given: use --url, --profile, DATABASE_URL, PGSERVICE or the PG* variables.</source>
        <translation>Aucune base de données indiquée&#x202f;: utilisez --url, --profile, DATABASE_URL, PGSERVICE ou les variables PG*.</translation>
    </message>
</context>
<context>
    <name>CreatedObject</name>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>column %1.%2</source>
        <translation>colonne %1.%2</translation>
    </message>
</context>
<context>
    <name>DataSeeder</name>
    <message>
        <source>Refused: profile %1 is tagged production; synthetic data is for test databases only.</source>
        <translation>Refusé&#x202f;: le profil %1 est marqué production&#x202f;; les données synthétiques sont réservées aux bases de test.</translation>
    </message>
    <message>
        <source>The database lacks the Phase 1 schema the synthetic data needs.</source>
        <translation>Il manque à la base de données le schéma de la phase 1 dont les données synthétiques ont besoin.</translation>
    </message>
    <message>
        <source>Apply the migrations first: mathakine-admin upgrade.</source>
        <translation>Appliquez d&apos;abord les migrations&#x202f;: mathakine-admin upgrade.</translation>
    </message>
    <message>
        <source>Seeding was canceled; nothing was kept.</source>
        <translation>Le peuplement a été annulé&#x202f;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Seeding %1 failed; nothing was kept.</source>
        <translation>Le peuplement de %1 a échoué&#x202f;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Seeding could not be committed.</source>
        <translation>Le peuplement n&apos;a pas pu être validé (COMMIT).</translation>
    </message>
    <message>
        <source>Seeding stopped and the rows already written could not be removed.</source>
        <translation>La génération s&apos;est arrêtée et les lignes déjà écrites n&apos;ont pas pu être supprimées.</translation>
    </message>
</context>
<context>
    <name>DatabaseClone</name>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>The copy cannot replace its own source database %1.</source>
        <translation>La copie ne peut pas remplacer sa propre base de données source %1.</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <source>The clone was canceled.</source>
        <translation>Le clonage a été annulé.</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>Restauration dans %1…</translation>
    </message>
    <message>
        <source>Test profile &quot;%1&quot; saved for %2.</source>
        <translation>Profil de test «&#xa0;%1&#xa0;» enregistré pour %2.</translation>
    </message>
    <message>
        <source>Replacing is refused on the production server: it would drop database %1 there.</source>
        <translation>Le remplacement est refusé sur le serveur de production&#x202f;: il y supprimerait la base %1.</translation>
    </message>
    <message>
        <source>Give the copy a new name, or restore onto a test server (--target-url).</source>
        <translation>Donnez un nouveau nom à la copie, ou restaurez-la sur un serveur de test (--target-url).</translation>
    </message>
</context>
<context>
    <name>DatabaseProperties</name>
    <message>
        <source>Cannot read the owner and grants of database %1.</source>
        <translation>Impossible de lire le propriétaire et les droits de la base %1.</translation>
    </message>
    <message>
        <source>Database %1 does not exist on this server.</source>
        <translation>La base %1 n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>Cannot give database %1 the owner and grants of %2.</source>
        <translation>Impossible de donner à la base %1 le propriétaire et les droits de %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation>Installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The database refused a statement.</source>
        <translation>La base de données a refusé une instruction.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwap</name>
    <message>
        <source>Cannot let connections to database %1 in again.</source>
        <translation>Impossible de rouvrir la base %1 aux connexions.</translation>
    </message>
    <message>
        <source>Cannot refuse new connections to database %1.</source>
        <translation>Impossible de fermer la base %1 aux nouvelles connexions.</translation>
    </message>
    <message>
        <source>Cannot terminate the sessions on database %1.</source>
        <translation>Impossible de terminer les sessions de la base %1.</translation>
    </message>
    <message>
        <source>Cannot start the swap&apos;s transaction.</source>
        <translation>Impossible de démarrer la transaction de l&apos;échange.</translation>
    </message>
    <message>
        <source>Cannot rename database %1 to %2.</source>
        <translation>Impossible de renommer la base %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot commit the swap.</source>
        <translation>Impossible de valider l&apos;échange.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>No migrations in %1.</source>
        <translation>Aucune migration dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>Les données de démonstration n&apos;ont pas pu être chargées.</translation>
    </message>
</context>
<context>
    <name>EnumNames</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>edited after it was applied</source>
        <translation>modifiée après application</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>fichier manquant</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>le trousseau de clés du bureau</translation>
    </message>
    <message>
        <source>the libpq password file (~/.pgpass)</source>
        <translation>le fichier de mots de passe de libpq (~/.pgpass)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>ExistingData</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
</context>
<context>
    <name>ExpectedSnapshotBuilder</name>
    <message>
        <source>Cannot create a throwaway database on %1 to replay the migrations.</source>
        <translation>Impossible de créer une base de données jetable sur %1 pour rejouer les migrations.</translation>
    </message>
    <message>
        <source>The user needs the CREATEDB privilege; or use the sandbox: mathakine-admin sandbox start</source>
        <translation>L&apos;utilisateur doit avoir le privilège CREATEDB&#x202f;; sinon, utilisez le bac à sable&#x202f;: mathakine-admin sandbox start</translation>
    </message>
</context>
<context>
    <name>ExpectedSnapshotStore</name>
    <message>
        <source>There is no expected schema snapshot for version %1.</source>
        <translation>Il n&apos;existe pas d&apos;instantané du schéma attendu pour la version %1.</translation>
    </message>
    <message>
        <source>Generate the snapshots from the migrations with: mathakine-admin snapshot</source>
        <translation>Générez les instantanés à partir des migrations avec&#x202f;: mathakine-admin snapshot</translation>
    </message>
    <message>
        <source>Cannot write the expected schema snapshot.</source>
        <translation>Impossible d&apos;écrire l&apos;instantané du schéma attendu.</translation>
    </message>
</context>
<context>
    <name>FailureForensics</name>
    <message>
        <source>%1: absent</source>
        <translation>%1&#x202f;: absent</translation>
    </message>
    <message>
        <source>%1: exists but INVALID (it enforces nothing; drop it with DROP INDEX CONCURRENTLY)</source>
        <translation>%1&#x202f;: existe mais INVALIDE (il n&apos;impose rien&#x202f;; supprimez-le avec DROP INDEX CONCURRENTLY)</translation>
    </message>
    <message>
        <source>%1: exists</source>
        <translation>%1&#x202f;: existe</translation>
    </message>
    <message>
        <source>%1: exists (%2)</source>
        <translation>%1&#x202f;: existe (%2)</translation>
    </message>
    <message>
        <source>took effect</source>
        <translation>a pris effet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>  Statements of its %1 section:</source>
        <translation>  Instructions de sa section %1&#x202f;:</translation>
    </message>
    <message>
        <source>    %1. [%2] line %3: %4</source>
        <translation>    %1. [%2] ligne %3&#x202f;: %4</translation>
    </message>
    <message>
        <source>       server error%1: %2</source>
        <translation>       erreur du serveur%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>  Its objects in the database now:</source>
        <translation>  Ses objets dans la base, maintenant&#x202f;:</translation>
    </message>
    <message>
        <source>  Repair: mathakine-admin repair %1 shows the ways out with their SQL.</source>
        <translation>  Réparation&#x202f;: mathakine-admin repair %1 montre les issues avec leur SQL.</translation>
    </message>
</context>
<context>
    <name>FileBatch</name>
    <message>
        <source>Not a folder: the files are written into a folder.</source>
        <translation>Ce n&apos;est pas un dossier&#x202f;: les fichiers sont écrits dans un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder (check that its parent exists and is writable).</source>
        <translation>Impossible de créer le dossier (vérifiez que son parent existe et est accessible en écriture).</translation>
    </message>
    <message>
        <source>The file exists already; it is never overwritten.</source>
        <translation>Le fichier existe déjà&#x202f;; il n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Something other than a file has this name (a folder?); it is not replaced.</source>
        <translation>Autre chose qu&apos;un fichier porte ce nom (un dossier&#x202f;?)&#x202f;; il n&apos;est pas remplacé.</translation>
    </message>
    <message>
        <source>Cannot write in the folder: %1.</source>
        <translation>Impossible d&apos;écrire dans le dossier&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1.</source>
        <translation>Impossible d&apos;écrire le fichier&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Impossible de créer le dossier.</translation>
    </message>
    <message>
        <source>Cannot move the written file into place.</source>
        <translation>Impossible de mettre en place le fichier écrit.</translation>
    </message>
</context>
<context>
    <name>GenerateJob</name>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) in the up section.</source>
        <translation>
            <numerusform>%n instruction dans la section up.</numerusform>
            <numerusform>%n instructions dans la section up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) that can lose data are written commented out: review them.</source>
        <translation>
            <numerusform>%n instruction qui peut perdre des données est écrite en commentaire&#x202f;: relisez-la.</numerusform>
            <numerusform>%n instructions qui peuvent perdre des données sont écrites en commentaire&#x202f;: relisez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#x202f;: %1</translation>
    </message>
    <message>
        <source>Lint: clean.</source>
        <translation>Lint&#x202f;: aucun problème.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; gives an empty file name: it needs at least one letter or digit.</source>
        <translation>Le titre «&#xa0;%1&#xa0;» donne un nom de fichier vide&#x202f;: il lui faut au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A title is one line; this one holds a line break.</source>
        <translation>Un titre tient sur une ligne&#x202f;; celui-ci contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The migrations folder %1 has no migration: there is no head to generate from.</source>
        <translation>Le dossier de migrations %1 n&apos;en contient aucune&#x202f;: il n&apos;y a pas de dernière version d&apos;où partir.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Cannot reach the reference database %1: %2</source>
        <translation>Impossible de joindre la base de référence %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The reference database %1 runs PostgreSQL %2, the migrations&apos; database PostgreSQL %3: types and expressions would not compare.</source>
        <translation>La base de référence %1 tourne sous PostgreSQL %2, la base des migrations sous PostgreSQL %3&#x202f;: types et expressions ne se compareraient pas.</translation>
    </message>
    <message>
        <source>Use a reference database on PostgreSQL %1.</source>
        <translation>Utilisez une base de référence sous PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Reading the schema of %1</source>
        <translation>Lecture du schéma de %1</translation>
    </message>
    <message>
        <source>Comparing with the expected schema of %1</source>
        <translation>Comparaison avec le schéma attendu de %1</translation>
    </message>
    <message>
        <source>No difference between the expected schema at %1 and %2: nothing to generate.</source>
        <translation>Aucune différence entre le schéma attendu à %1 et %2&#x202f;: rien à générer.</translation>
    </message>
    <message>
        <source>Generated by mathakine-admin from %1 against the expected schema at %2; review before applying.</source>
        <translation>Générée par mathakine-admin depuis %1, par rapport au schéma attendu à %2&#x202f;; à relire avant de l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>%1 already exists; it is never overwritten.</source>
        <translation>%1 existe déjà&#x202f;; il n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists and is writable.</source>
        <translation>Vérifiez que le dossier %1 existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cancel requested</source>
        <translation>annulation demandée</translation>
    </message>
    <message>
        <source>no connection given; using the running sandbox</source>
        <translation>aucune connexion indiquée&#x202f;; utilisation du bac à sable démarré</translation>
    </message>
    <message>
        <source>server notice: %1</source>
        <translation>message du serveur&#x202f;: %1</translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation>la connexion à %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>connected to %1 (PostgreSQL %2, pid %3) for %4</source>
        <translation>connecté à %1 (PostgreSQL %2, pid %3) pour %4</translation>
    </message>
    <message>
        <source>password file %1 has group or world access; ignored (chmod 0600 it)</source>
        <translation>le fichier de mots de passe %1 est lisible par le groupe ou par tous&#x202f;; ignoré (faites chmod 0600)</translation>
    </message>
    <message>
        <source>keyring unavailable (%1); using ~/.pgpass</source>
        <translation>trousseau indisponible (%1)&#x202f;; utilisation de ~/.pgpass</translation>
    </message>
    <message>
        <source>bookkeeping schema %1 at version %2 (was %3)</source>
        <translation>schéma de suivi %1 à la version %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>no exported snapshot: row counts are read after the dump</source>
        <translation>pas d&apos;instantané exporté&#x202f;: les nombres de lignes sont lus après la sauvegarde</translation>
    </message>
    <message>
        <source>backup of %1 written to %2 (%3 bytes, %4 ms)</source>
        <translation>sauvegarde de %1 écrite dans %2 (%3 octets, %4 ms)</translation>
    </message>
    <message>
        <source>running %1 %2</source>
        <translation>exécution de %1 %2</translation>
    </message>
    <message>
        <source>cloned %1 into %2 (profile %3)</source>
        <translation>%1 clonée dans %2 (profil %3)</translation>
    </message>
    <message>
        <source>swap of %1: sessions still open, terminating again</source>
        <translation>échange de %1&#x202f;: des sessions sont encore ouvertes, nouvelle fermeture</translation>
    </message>
    <message>
        <source>swap of %1 with %2 failed, %1 left in place: %3</source>
        <translation>l&apos;échange de %1 avec %2 a échoué, %1 reste en place&#x202f;: %3</translation>
    </message>
    <message numerus="yes">
        <source>swapped %1 into the place of %2 (kept as %3), %n session(s) terminated</source>
        <translation>
            <numerusform>%1 a pris la place de %2 (conservée sous le nom %3), %n session fermée</numerusform>
            <numerusform>%1 a pris la place de %2 (conservée sous le nom %3), %n sessions fermées</numerusform>
        </translation>
    </message>
    <message>
        <source>demo database ready: baseline %1 and %2 demo statements</source>
        <translation>base de démonstration prête&#x202f;: version de base %1 et %2 instructions de démonstration</translation>
    </message>
    <message>
        <source>audit row %1 not written in %2: %3</source>
        <translation>ligne d&apos;audit %1 non écrite dans %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>maintenance period %1 in %2 could not be ended: run mathakine-admin maintenance off</source>
        <translation>la période de maintenance %1 dans %2 n&apos;a pas pu être close&#x202f;: lancez mathakine-admin maintenance off</translation>
    </message>
    <message>
        <source>restore-production of %1 from %2 done in %3 ms; previous database kept as %4</source>
        <translation>restauration de production de %1 depuis %2 terminée en %3 ms&#x202f;; ancienne base conservée sous le nom %4</translation>
    </message>
    <message>
        <source>database %1 dropped to be replaced by a restore</source>
        <translation>base %1 supprimée pour être remplacée par une restauration</translation>
    </message>
    <message>
        <source>restore failed and %1 could not be dropped: %2</source>
        <translation>la restauration a échoué et %1 n&apos;a pas pu être supprimée&#x202f;: %2</translation>
    </message>
    <message>
        <source>restore into %1 failed; the database was dropped</source>
        <translation>la restauration dans %1 a échoué&#x202f;; la base a été supprimée</translation>
    </message>
    <message>
        <source>restored %1 into %2 in %3 ms: %4</source>
        <translation>%1 restaurée dans %2 en %3 ms&#x202f;: %4</translation>
    </message>
    <message>
        <source>initialising sandbox cluster in %1</source>
        <translation>initialisation du serveur bac à sable dans %1</translation>
    </message>
    <message>
        <source>sandbox start on port %1 failed: %2</source>
        <translation>le démarrage du bac à sable sur le port %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>sandbox running on port %1, socket %2</source>
        <translation>bac à sable démarré sur le port %1, socket %2</translation>
    </message>
    <message>
        <source>statement refused (SQLSTATE %1): %2</source>
        <translation>instruction refusée (SQLSTATE %1)&#x202f;: %2</translation>
    </message>
    <message>
        <source>cannot write the lease %1 for %2</source>
        <translation>impossible d&apos;écrire le bail %1 pour %2</translation>
    </message>
    <message>
        <source>removed %1, left by mathakine-admin process %2 that did not end normally</source>
        <translation>%1 supprimé, laissé par le processus mathakine-admin %2 qui ne s&apos;est pas terminé normalement</translation>
    </message>
    <message>
        <source>replaying migrations into throwaway database %1</source>
        <translation>rejeu des migrations dans la base jetable %1</translation>
    </message>
    <message>
        <source>could not drop throwaway database %1: %2</source>
        <translation>impossible de supprimer la base jetable %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>second catalog connection failed (%1); reading indexes on the first</source>
        <translation>la seconde connexion au catalogue a échoué (%1)&#x202f;; lecture des index sur la première</translation>
    </message>
    <message>
        <source>seed: %1 rows into %2 in %3 ms</source>
        <translation>données de test&#x202f;: %1 lignes insérées dans %2 en %3 ms</translation>
    </message>
    <message>
        <source>validation step %1/%2: %3</source>
        <translation>étape de validation %1/%2&#x202f;: %3</translation>
    </message>
    <message>
        <source>validation finished in %1 ms: %2</source>
        <translation>validation terminée en %1 ms&#x202f;: %2</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1&#x202f;: </translation>
    </message>
    <message>
        <source>server-side cancel not sent: %1</source>
        <translation>annulation côté serveur non envoyée&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n background task(s) still running at exit</source>
        <translation>
            <numerusform>%n tâche de fond encore en cours à la fermeture</numerusform>
            <numerusform>%n tâches de fond encore en cours à la fermeture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonRecordFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON with a &quot;%2&quot; list.</source>
        <translation>%1 n&apos;est pas un JSON valide contenant une liste «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Fix the file or move it away; a new one is started on the next write.</source>
        <translation>Corrigez le fichier ou déplacez-le&#x202f;; un nouveau fichier sera créé à la prochaine écriture.</translation>
    </message>
    <message>
        <source>%1 is locked by another process.</source>
        <translation>%1 est verrouillé par un autre processus.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>LintFixer</name>
    <message>
        <source>%1:%2: [%3] left as it is: %4</source>
        <translation>%1:%2&#x202f;: [%3] laissé tel quel&#x202f;: %4</translation>
    </message>
    <message>
        <source>the index has no name, which CREATE INDEX CONCURRENTLY IF NOT EXISTS needs</source>
        <translation>l&apos;index n&apos;a pas de nom, dont CREATE INDEX CONCURRENTLY IF NOT EXISTS a besoin</translation>
    </message>
    <message>
        <source>only a named ADD CONSTRAINT alone in its ALTER TABLE is rewritten; name it and split the statement</source>
        <translation>seul un ADD CONSTRAINT nommé, seul dans son ALTER TABLE, est réécrit&#x202f;; nommez-le et scindez l&apos;instruction</translation>
    </message>
    <message>
        <source>only ALTER COLUMN ... SET NOT NULL alone in its ALTER TABLE is rewritten; split the statement</source>
        <translation>seul un ALTER COLUMN ... SET NOT NULL seul dans son ALTER TABLE est réécrit&#x202f;; scindez l&apos;instruction</translation>
    </message>
    <message>
        <source>only ADD COLUMN with a volatile DEFAULT (and NOT NULL) alone in its ALTER TABLE is rewritten; split the statement</source>
        <translation>seul un ADD COLUMN avec un DEFAULT volatil (et NOT NULL), seul dans son ALTER TABLE, est réécrit&#x202f;; scindez l&apos;instruction</translation>
    </message>
    <message>
        <source>only a volatile DEFAULT is rewritten; serial, identity and generated columns are left as they are</source>
        <translation>seul un DEFAULT volatil est réécrit&#x202f;; les colonnes serial, identity et générées restent telles quelles</translation>
    </message>
</context>
<context>
    <name>MaintenanceMode</name>
    <message>
        <source>Cannot switch maintenance mode on.</source>
        <translation>Impossible d&apos;activer le mode maintenance.</translation>
    </message>
    <message>
        <source>Cannot switch maintenance mode off (period %1).</source>
        <translation>Impossible de désactiver le mode maintenance (période %1).</translation>
    </message>
    <message>
        <source>Run: mathakine-admin maintenance off</source>
        <translation>Exécutez&#x202f;: mathakine-admin maintenance off</translation>
    </message>
</context>
<context>
    <name>MigrationCatalogLoader</name>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Le dossier des migrations %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file name says version %1 but the header says %2.</source>
        <translation>Le nom du fichier indique la version %1 mais l&apos;en-tête indique %2.</translation>
    </message>
    <message>
        <source>No &quot;-- migrate:down&quot; section: every migration needs a way back.</source>
        <translation>Pas de section «&#xa0;-- migrate:down&#xa0;»&#x202f;: chaque migration doit pouvoir être annulée.</translation>
    </message>
    <message>
        <source>Version %1 is used twice: %2 and %3.</source>
        <translation>La version %1 est utilisée deux fois&#x202f;: %2 et %3.</translation>
    </message>
    <message>
        <source>Revision %1 is used twice: %2 and %3.</source>
        <translation>La révision %1 est utilisée deux fois&#x202f;: %2 et %3.</translation>
    </message>
</context>
<context>
    <name>MigrationGenerator</name>
    <message>
        <source>WARNING: undoes a change the up section leaves commented out; keep both in step.</source>
        <translation>ATTENTION&#x202f;: défait une modification que la section up laisse en commentaire&#x202f;; gardez les deux en accord.</translation>
    </message>
    <message>
        <source>WARNING: %1 can lose data. Review it, then remove the comment marks to run it.</source>
        <translation>ATTENTION&#x202f;: %1 peut perdre des données. Relisez, puis retirez les marques de commentaire pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>The generator cannot express a change of %1 of %2: the expected schema at head has %3, the reference database %4.</source>
        <translation>Le générateur ne sait pas exprimer un changement de %1 de %2&#x202f;: le schéma attendu à la dernière version a %3, la base de référence %4.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Write this part of the migration by hand.</source>
        <translation>Écrivez cette partie de la migration à la main.</translation>
    </message>
    <message>
        <source>dropping type %1</source>
        <translation>la suppression du type %1</translation>
    </message>
    <message>
        <source>dropping sequence %1</source>
        <translation>la suppression de la séquence %1</translation>
    </message>
    <message>
        <source>dropping table %1</source>
        <translation>la suppression de la table %1</translation>
    </message>
    <message>
        <source>dropping column %1</source>
        <translation>la suppression de la colonne %1</translation>
    </message>
    <message>
        <source>%1: column order differs (%2); PostgreSQL cannot reorder columns, so it is not written.</source>
        <translation>%1&#x202f;: l&apos;ordre des colonnes diffère (%2)&#x202f;; PostgreSQL ne sait pas réordonner des colonnes, ce n&apos;est donc pas écrit.</translation>
    </message>
    <message>
        <source>%1: enum values cannot be removed by the down section (PostgreSQL has no ALTER TYPE … DROP VALUE).</source>
        <translation>%1&#x202f;: la section down ne peut pas retirer de valeurs d&apos;énumération (PostgreSQL n&apos;a pas d&apos;ALTER TYPE … DROP VALUE).</translation>
    </message>
    <message>
        <source>changing the type of %1 from %2 to %3</source>
        <translation>le changement de type de %1 de %2 en %3</translation>
    </message>
</context>
<context>
    <name>MigrationLinter</name>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>lint_ignore names &quot;%1&quot;, which is not a lint rule, so it switches nothing off; check its spelling.</source>
        <translation>lint_ignore cite «&#xa0;%1&#xa0;», qui n&apos;est pas une règle de lint&#x202f;: rien n&apos;est donc désactivé&#x202f;; vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>No &quot;-- migrate:down&quot; section, so the migration cannot be rolled back; write the statements that undo it.</source>
        <translation>Pas de section «&#xa0;-- migrate:down&#xa0;»&#x202f;: la migration ne peut donc pas être annulée&#x202f;; écrivez les instructions qui la défont.</translation>
    </message>
    <message>
        <source>The down section has no statement, so rolling back would undo nothing; write the statements that undo the up section.</source>
        <translation>La section down ne contient aucune instruction&#x202f;: revenir en arrière ne déferait donc rien&#x202f;; écrivez les instructions qui défont la section up.</translation>
    </message>
    <message>
        <source>%1 inside a migration: the runner begins and commits the transaction itself; remove it (set &quot;transactional: false&quot; for statements that must run outside one).</source>
        <translation>%1 dans une migration&#x202f;: l&apos;exécuteur ouvre et valide lui-même la transaction&#x202f;; supprimez-le (indiquez «&#xa0;transactional: false&#xa0;» pour les instructions qui doivent s&apos;exécuter hors transaction).</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block and this migration is transactional; move it to a migration with &quot;transactional: false&quot;.</source>
        <translation>%1 ne peut pas s&apos;exécuter dans un bloc de transaction et cette migration est transactionnelle&#x202f;; déplacez-le dans une migration avec «&#xa0;transactional: false&#xa0;».</translation>
    </message>
    <message>
        <source>ALTER TYPE %1 ADD VALUE in a transactional migration: the new value cannot be used before the migration commits; use it in a later migration or set &quot;transactional: false&quot;.</source>
        <translation>ALTER TYPE %1 ADD VALUE dans une migration transactionnelle&#x202f;: la nouvelle valeur n&apos;est utilisable qu&apos;après la validation (COMMIT) de la migration&#x202f;; utilisez-la dans une migration ultérieure ou indiquez «&#xa0;transactional: false&#xa0;».</translation>
    </message>
    <message>
        <source>CREATE INDEX on existing table &quot;%1&quot; without CONCURRENTLY blocks writes to it for the whole build; use CREATE INDEX CONCURRENTLY in a migration with &quot;transactional: false&quot;.</source>
        <translation>CREATE INDEX sans CONCURRENTLY sur la table existante «&#xa0;%1&#xa0;» y bloque les écritures pendant toute la construction&#x202f;; utilisez CREATE INDEX CONCURRENTLY dans une migration avec «&#xa0;transactional: false&#xa0;».</translation>
    </message>
    <message>
        <source>DROP TABLE %1 in an up section destroys the table and its rows, which no down section can bring back; drop it in a later release, once no code uses it.</source>
        <translation>DROP TABLE %1 dans une section up détruit la table et ses lignes, qu&apos;aucune section down ne peut restaurer&#x202f;; supprimez-la dans une version ultérieure, une fois qu&apos;aucun code ne l&apos;utilise plus.</translation>
    </message>
    <message>
        <source>Changing the type of column &quot;%1&quot; of &quot;%2&quot; may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock; add a new column, backfill it in batches, then switch over.</source>
        <translation>Changer le type de la colonne «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» peut réécrire la table et ses index sous un verrou ACCESS EXCLUSIVE&#x202f;; ajoutez une nouvelle colonne, remplissez-la par lots, puis basculez dessus.</translation>
    </message>
    <message>
        <source>SET NOT NULL on column &quot;%1&quot; of &quot;%2&quot; scans the whole table under an ACCESS EXCLUSIVE lock; first add CHECK (%1 IS NOT NULL) NOT VALID and VALIDATE it, then PostgreSQL skips the scan.</source>
        <translation>SET NOT NULL sur la colonne «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» parcourt toute la table sous un verrou ACCESS EXCLUSIVE&#x202f;; ajoutez d&apos;abord CHECK (%1 IS NOT NULL) NOT VALID puis validez-la avec VALIDATE&#x202f;: PostgreSQL évite alors le parcours.</translation>
    </message>
    <message>
        <source>DROP COLUMN &quot;%1&quot; of &quot;%2&quot; in an up section destroys its data, which no down section can bring back, and breaks running queries; stop using it first and drop it in a later release.</source>
        <translation>DROP COLUMN «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» dans une section up détruit ses données, qu&apos;aucune section down ne peut restaurer, et casse les requêtes en cours&#x202f;; cessez d&apos;abord de l&apos;utiliser, puis supprimez-la dans une version ultérieure.</translation>
    </message>
    <message>
        <source>ADD COLUMN &quot;%1&quot; NOT NULL without DEFAULT fails as soon as table &quot;%2&quot; has rows; give it a DEFAULT, or add it nullable, backfill it, then set NOT NULL.</source>
        <translation>ADD COLUMN «&#xa0;%1&#xa0;» NOT NULL sans DEFAULT échoue dès que la table «&#xa0;%2&#xa0;» contient des lignes&#x202f;; donnez-lui un DEFAULT, ou ajoutez-la en acceptant NULL, remplissez-la, puis passez-la en NOT NULL.</translation>
    </message>
    <message>
        <source>ADD COLUMN &quot;%1&quot; with %2 computes a value per row, so table &quot;%3&quot; is rewritten under an ACCESS EXCLUSIVE lock; add the column without it, then backfill in batches.</source>
        <translation>ADD COLUMN «&#xa0;%1&#xa0;» avec %2 calcule une valeur par ligne&#x202f;: la table «&#xa0;%3&#xa0;» est donc réécrite sous un verrou ACCESS EXCLUSIVE&#x202f;; ajoutez la colonne sans cela, puis remplissez-la par lots.</translation>
    </message>
    <message>
        <source>Adding a FOREIGN KEY to existing table &quot;%1&quot; checks every row at once while writes to both tables are blocked; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.</source>
        <translation>Ajouter une FOREIGN KEY à la table existante «&#xa0;%1&#xa0;» vérifie toutes les lignes d&apos;un coup pendant que les écritures sur les deux tables sont bloquées&#x202f;; ajoutez-la en NOT VALID, puis faites VALIDATE CONSTRAINT dans une instruction ultérieure.</translation>
    </message>
    <message>
        <source>Adding a CHECK constraint to existing table &quot;%1&quot; scans every row under an ACCESS EXCLUSIVE lock; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement.</source>
        <translation>Ajouter une contrainte CHECK à la table existante «&#xa0;%1&#xa0;» parcourt toutes les lignes sous un verrou ACCESS EXCLUSIVE&#x202f;; ajoutez-la en NOT VALID, puis faites VALIDATE CONSTRAINT dans une instruction ultérieure.</translation>
    </message>
    <message>
        <source>Adding a PRIMARY KEY or UNIQUE constraint to existing table &quot;%1&quot; builds its index while blocking writes; create a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX.</source>
        <translation>Ajouter une contrainte PRIMARY KEY ou UNIQUE à la table existante «&#xa0;%1&#xa0;» construit son index en bloquant les écritures&#x202f;; créez d&apos;abord un index unique avec CONCURRENTLY, puis faites ADD CONSTRAINT ... USING INDEX.</translation>
    </message>
    <message>
        <source>Renaming table &quot;%1&quot; to &quot;%2&quot; breaks the queries of the application version still running; add the new name alongside (for example a view), switch the code, then drop the old name.</source>
        <translation>Renommer la table «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;» casse les requêtes de la version de l&apos;application encore en service&#x202f;; ajoutez le nouveau nom à côté (par exemple une vue), basculez le code, puis supprimez l&apos;ancien nom.</translation>
    </message>
    <message>
        <source>Renaming column &quot;%1&quot; of &quot;%2&quot; to &quot;%3&quot; breaks the queries of the application version still running; add a new column, copy and switch the code, then drop the old one.</source>
        <translation>Renommer la colonne «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;» casse les requêtes de la version de l&apos;application encore en service&#x202f;; ajoutez une nouvelle colonne, copiez les données et basculez le code, puis supprimez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>lint_ignore cannot switch &quot;%1&quot; off: in a transactional migration it would make part of the migration commit whatever happens next. Use &quot;transactional: false&quot; instead.</source>
        <translation>lint_ignore ne peut pas désactiver «&#xa0;%1&#xa0;»&#x202f;: dans une migration transactionnelle, une partie de la migration serait validée quoi qu&apos;il arrive ensuite. Utilisez plutôt «&#xa0;transactional&#x202f;: false&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MigrationLock</name>
    <message>
        <source>%1@%2 (%3) since %4</source>
        <translation>%1@%2 (%3) depuis le %4</translation>
    </message>
    <message>
        <source>Migration in progress by %1.</source>
        <translation>Migration en cours par %1.</translation>
    </message>
    <message>
        <source>Another migration run holds the lock.</source>
        <translation>Une autre exécution de migration détient le verrou.</translation>
    </message>
    <message>
        <source>Wait for it to finish; if that session is dead, end it with pg_terminate_backend(%1).</source>
        <translation>Attendez qu&apos;elle se termine&#x202f;; si cette session est morte, terminez-la avec pg_terminate_backend(%1).</translation>
    </message>
</context>
<context>
    <name>MigrationParser</name>
    <message>
        <source>Header revision: &quot;%1&quot; must be 1 to 32 letters, digits or underscores (Alembic&apos;s version_num).</source>
        <translation>En-tête revision&#x202f;: «&#xa0;%1&#xa0;» doit comporter de 1 à 32 lettres, chiffres ou tirets bas (version_num d&apos;Alembic).</translation>
    </message>
    <message>
        <source>Header transactional: &quot;%1&quot; must be true or false.</source>
        <translation>En-tête transactional&#x202f;: «&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Unknown header key &quot;%1&quot; (known: %2).</source>
        <translation>Clé d&apos;en-tête inconnue «&#xa0;%1&#xa0;» (clés connues&#x202f;: %2).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#x202f;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>A second &quot;%1&quot; marker.</source>
        <translation>Un second marqueur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» apparaît avant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Before &quot;%1&quot; only &quot;-- key: value&quot; header lines are allowed.</source>
        <translation>Avant «&#xa0;%1&#xa0;», seules les lignes d&apos;en-tête «&#xa0;-- key: value&#xa0;» sont autorisées.</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; section.</source>
        <translation>Pas de section «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The header has no version.</source>
        <translation>L&apos;en-tête n&apos;a pas de version.</translation>
    </message>
    <message>
        <source>The header has no title.</source>
        <translation>L&apos;en-tête n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>The up section has no statement.</source>
        <translation>La section up ne contient aucune instruction.</translation>
    </message>
    <message>
        <source>Header version: &quot;%1&quot; is not a number (digits only).</source>
        <translation>En-tête version&#x202f;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre (chiffres uniquement).</translation>
    </message>
    <message>
        <source>Header version: %1 is larger than %2, the largest version (PostgreSQL bigint).</source>
        <translation>En-tête version&#x202f;: %1 dépasse %2, la plus grande version possible (bigint de PostgreSQL).</translation>
    </message>
    <message>
        <source>Not a regular file (a device, a pipe or a folder): a migration must be a plain text file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire (périphérique, tube ou dossier)&#x202f;: une migration doit être un simple fichier texte.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, the limit for a migration file.</source>
        <translation>Le fichier dépasse %1 Mio, la taille maximale d&apos;un fichier de migration.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>Header lock_retries: &quot;%1&quot; must be a whole number from 0 to %2.</source>
        <translation>En-tête lock_retries&#x202f;: «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <source>Header replaces_revisions: &quot;%1&quot; must be 1 to 32 letters, digits or underscores (Alembic&apos;s version_num).</source>
        <translation>En-tête replaces_revisions&#x202f;: «&#xa0;%1&#xa0;» doit compter de 1 à 32 lettres, chiffres ou soulignés (version_num d&apos;Alembic).</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Unknown target &quot;%1&quot;: give a version, a revision id, head or base.</source>
        <translation>Cible inconnue «&#xa0;%1&#xa0;»&#x202f;: indiquez une version, un identifiant de révision, head ou base.</translation>
    </message>
    <message>
        <source>Version %1 is applied but its file is missing: cannot run its down section.</source>
        <translation>La version %1 est appliquée mais son fichier est absent&#x202f;: impossible d&apos;exécuter sa section down.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>application</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>transactional: false — each statement commits on its own</source>
        <translation>transactional&#x202f;: false — chaque instruction est validée seule</translation>
    </message>
    <message>
        <source>then: record version %1 in %2.schema_history, public.alembic_version and the audit log</source>
        <translation>ensuite&#x202f;: enregistrement de la version %1 dans %2.schema_history, public.alembic_version et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>then: remove version %1 from %2.schema_history, update public.alembic_version, write the audit log</source>
        <translation>ensuite&#x202f;: retrait de la version %1 de %2.schema_history, mise à jour de public.alembic_version, écriture du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>MigrationRepair</name>
    <message>
        <source>Migration %1 has no file in the migrations folder.</source>
        <translation>La migration %1 n&apos;a pas de fichier dans le dossier des migrations.</translation>
    </message>
    <message>
        <source>Migration %1 is not recorded as failed: there is nothing to repair.</source>
        <translation>La migration %1 n&apos;est pas enregistrée en échec&#x202f;: il n&apos;y a rien à réparer.</translation>
    </message>
    <message>
        <source>status lists the failed migrations.</source>
        <translation>status liste les migrations en échec.</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Impossible de démarrer une transaction.</translation>
    </message>
    <message>
        <source>Cannot commit.</source>
        <translation>Impossible de valider (COMMIT).</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>(aucune instruction)</translation>
    </message>
    <message>
        <source>Cannot commit the repair&apos;s bookkeeping.</source>
        <translation>Impossible de valider l&apos;enregistrement de la réparation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible for %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» est impossible pour %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>The repair&apos;s SQL changed since it was previewed (the database changed); nothing was run.</source>
        <translation>Le SQL de la réparation a changé depuis son aperçu (la base a changé)&#x202f;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Review the new SQL and choose again.</source>
        <translation>Relisez le nouveau SQL et choisissez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Repair &quot;%1&quot; of %2 failed after %n statement(s); the history is unchanged.</source>
        <translation>
            <numerusform>La réparation «&#xa0;%1&#xa0;» de %2 a échoué après %n instruction&#x202f;; l&apos;historique est inchangé.</numerusform>
            <numerusform>La réparation «&#xa0;%1&#xa0;» de %2 a échoué après %n instructions&#x202f;; l&apos;historique est inchangé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationRun</name>
    <message>
        <source>Canceled by the operator; nothing was run.</source>
        <translation>Annulé par l&apos;opérateur&#x202f;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Audit row &quot;%1&quot; not written: %2</source>
        <translation>Ligne d&apos;audit «&#xa0;%1&#xa0;» non écrite&#x202f;: %2</translation>
    </message>
    <message>
        <source>Database migration (%1 to %2) by %3</source>
        <translation>Migration de la base de données (%1 vers %2) par %3</translation>
    </message>
    <message>
        <source>Maintenance period %1 could not be ended: %2</source>
        <translation>La période de maintenance %1 n&apos;a pas pu être terminée&#x202f;: %2</translation>
    </message>
    <message>
        <source>--single-transaction cannot run migration %1: it is non-transactional (transactional: false).</source>
        <translation>--single-transaction ne peut pas exécuter la migration %1&#x202f;: elle est non transactionnelle (transactional&#x202f;: false).</translation>
    </message>
    <message>
        <source>Drift of %1 accepted; checksum updated.</source>
        <translation>Dérive de %1 acceptée&#x202f;; somme de contrôle mise à jour.</translation>
    </message>
    <message>
        <source>Pre-flight problems overridden: %1</source>
        <translation>Problèmes de la vérification préalable outrepassés&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pre-flight found %n problem(s); nothing was run.</source>
        <translation>
            <numerusform>La vérification préalable a trouvé %n problème&#x202f;; rien n&apos;a été exécuté.</numerusform>
            <numerusform>La vérification préalable a trouvé %n problèmes&#x202f;; rien n&apos;a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them (each comes with its fix), or run anyway with --override-preflight REASON (audited).</source>
        <translation>Corrigez-les (chacun vient avec sa correction), ou lancez quand même avec --override-preflight RAISON (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Lancer quand même</translation>
    </message>
    <message>
        <source>Row counts before the run not recorded: %1</source>
        <translation>Comptage des lignes avant l&apos;exécution non enregistré&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Impossible de démarrer une transaction.</translation>
    </message>
    <message>
        <source>The run could not be committed; none of its migrations is applied.</source>
        <translation>L&apos;exécution n&apos;a pas pu être validée&#x202f;; aucune de ses migrations n&apos;est appliquée.</translation>
    </message>
    <message>
        <source>Row counts after the run not recorded: %1</source>
        <translation>Comptage des lignes après l&apos;exécution non enregistré&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished: %n migration(s)</source>
        <translation>
            <numerusform>%1 terminé&#x202f;: %n migration</numerusform>
            <numerusform>%1 terminé&#x202f;: %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database lacks %n object(s) that these migrations create; stamping would record a schema it does not have.</source>
        <translation>
            <numerusform>Il manque à la base de données %n objet créé par ces migrations&#x202f;; les marquer comme appliquées enregistrerait un schéma qu&apos;elle n&apos;a pas.</numerusform>
            <numerusform>Il manque à la base de données %n objets créés par ces migrations&#x202f;; les marquer comme appliquées enregistrerait un schéma qu&apos;elle n&apos;a pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the migrations instead, or use --force if you are sure (audited).</source>
        <translation>Appliquez plutôt les migrations, ou utilisez --force si vous êtes sûr de vous (tracé dans l&apos;audit).</translation>
    </message>
    <message>
        <source>Stamp anyway</source>
        <translation>Marquer quand même</translation>
    </message>
    <message>
        <source>Cannot commit the stamp.</source>
        <translation>Impossible de valider (COMMIT) le marquage comme appliquée.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) that these migrations create exist but are INVALID (a failed CREATE INDEX CONCURRENTLY): they prove nothing ran.</source>
        <translation>
            <numerusform>%n index créé par ces migrations existe mais il est INVALID (un CREATE INDEX CONCURRENTLY qui a échoué)&#x202f;: il ne prouve pas qu&apos;elles ont été exécutées.</numerusform>
            <numerusform>%n index créés par ces migrations existent mais ils sont INVALID (un CREATE INDEX CONCURRENTLY qui a échoué)&#x202f;: ils ne prouvent pas qu&apos;elles ont été exécutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop them (DROP INDEX CONCURRENTLY …), then apply the migrations instead of stamping them.</source>
        <translation>Supprimez-les (DROP INDEX CONCURRENTLY …), puis appliquez les migrations au lieu de les marquer comme appliquées.</translation>
    </message>
    <message>
        <source>The stall guard could not connect; the run goes on without watching who waits: %1</source>
        <translation>Le garde-fou anti-blocage n&apos;a pas pu se connecter&#x202f;; l&apos;exécution continue sans surveiller qui attend&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>MigrationTemplate</name>
    <message>
        <source>Write here the statements that take the schema forward, each ending with &quot;;&quot;.</source>
        <translation>Écrivez ici les instructions qui font avancer le schéma, chacune terminée par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Not transactional: each statement commits on its own (CREATE INDEX CONCURRENTLY); make each one safe to run again.</source>
        <translation>Non transactionnelle&#x202f;: chaque instruction est validée seule (CREATE INDEX CONCURRENTLY)&#x202f;; chacune doit pouvoir être relancée sans dommage.</translation>
    </message>
    <message>
        <source>Write here the statements that undo the up section, in reverse order.</source>
        <translation>Écrivez ici les instructions qui défont la section up, dans l&apos;ordre inverse.</translation>
    </message>
    <message>
        <source>The title must fit on one line (it goes into the file&apos;s header).</source>
        <translation>Le titre doit tenir sur une ligne (il va dans l&apos;en-tête du fichier).</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; gives no file name: it needs at least one letter or digit (a to z, 0 to 9, accents dropped).</source>
        <translation>Le titre «&#xa0;%1&#xa0;» ne donne aucun nom de fichier&#x202f;: il lui faut au moins une lettre ou un chiffre (a à z, 0 à 9, accents retirés).</translation>
    </message>
</context>
<context>
    <name>ModelsExport</name>
    <message>
        <source>%1: %2 cannot be written as a SQLAlchemy model.</source>
        <translation>%1&#x202f;: %2 ne peut pas s&apos;écrire en modèle SQLAlchemy.</translation>
    </message>
    <message>
        <source>the collation %1</source>
        <translation>la collation %1</translation>
    </message>
    <message>
        <source>a default drawn from a sequence that is not the column&apos;s own serial</source>
        <translation>une valeur par défaut tirée d&apos;une séquence qui n&apos;est pas le serial de la colonne</translation>
    </message>
    <message>
        <source>the constraint &quot;%1&quot;</source>
        <translation>la contrainte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>NULLS NOT DISTINCT</source>
        <translation>NULLS NOT DISTINCT</translation>
    </message>
    <message>
        <source>a relation of kind &quot;%1&quot; (only ordinary tables become models)</source>
        <translation>une relation de type «&#xa0;%1&#xa0;» (seules les tables ordinaires deviennent des modèles)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Mathakine Admin — validation report — %1 — %2</source>
        <translation>Mathakine Admin — rapport de validation — %1 — %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF report needs a QApplication (Qt Charts).</source>
        <translation>Le rapport PDF nécessite une QApplication (Qt Charts).</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1.</source>
        <translation>Impossible d&apos;écrire le PDF %1.</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists and is writable.</source>
        <translation>Vérifiez que le dossier %1 existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>PerformanceChart</name>
    <message>
        <source>Query latency p50 and p95 (client side) against the p95 budget</source>
        <translation>Latence des requêtes p50 et p95 (côté client) par rapport au budget p95</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>@value ms</source>
        <translation>@value ms</translation>
    </message>
    <message>
        <source>p95 budget: %1</source>
        <translation>budget p95&#x202f;: %1</translation>
    </message>
    <message>
        <source>milliseconds (logarithmic scale)</source>
        <translation>millisecondes (échelle logarithmique)</translation>
    </message>
</context>
<context>
    <name>PgExecutor</name>
    <message>
        <source>No PostgreSQL connection.</source>
        <translation>Aucune connexion PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>PgServiceFile</name>
    <message>
        <source>Syntax error in service file %1, line %2: expected keyword=value.</source>
        <translation>Erreur de syntaxe dans le fichier de services %1, ligne %2&#x202f;: mot-clé=valeur attendu.</translation>
    </message>
    <message>
        <source>Service file %1, line %2: nested service specifications are not supported.</source>
        <translation>Fichier de services %1, ligne %2&#x202f;: un service ne peut pas en désigner un autre.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is not defined in %2.</source>
        <translation>Le service «&#xa0;%1&#xa0;» n&apos;est défini ni dans %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ni dans </translation>
    </message>
    <message>
        <source>Define it in a [%1] section of the service file, or set PGSERVICEFILE.</source>
        <translation>Définissez-le dans une section [%1] du fichier de services, ou indiquez PGSERVICEFILE.</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>pid %1 %2 (%3), %4, transaction since %5: %6 — holds %7</source>
        <translation>pid %1 %2 (%3), %4, transaction depuis %5&#x202f;: %6 — détient %7</translation>
    </message>
</context>
<context>
    <name>PreflightCheck</name>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>%1 exists: %2</source>
        <translation>%1 existe&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is a read-only standby server.</source>
        <translation>%1 est un serveur secondaire (standby) en lecture seule.</translation>
    </message>
    <message>
        <source>PostgreSQL %1; migrations must run on the primary.</source>
        <translation>PostgreSQL %1&#x202f;; les migrations doivent s&apos;exécuter sur le serveur primaire.</translation>
    </message>
    <message>
        <source>Connect to the primary server.</source>
        <translation>Connectez-vous au serveur primaire.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>No usable pg_dump for the backup.</source>
        <translation>Aucun pg_dump utilisable pour la sauvegarde.</translation>
    </message>
    <message>
        <source>pg_dump %1 can back this server up.</source>
        <translation>pg_dump %1 peut sauvegarder ce serveur.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) would create objects that all exist already (&quot;already exists&quot;).</source>
        <translation>La migration %1 (%2) créerait des objets qui existent tous déjà («&#xa0;already exists&#xa0;»).</translation>
    </message>
    <message>
        <source>If they match the migration, mark it as applied without running it: mathakine-admin stamp %1</source>
        <translation>S&apos;ils correspondent à la migration, marquez-la comme appliquée sans l&apos;exécuter&#x202f;: mathakine-admin stamp %1</translation>
    </message>
    <message numerus="yes">
        <source>Migration %1 (%2) would create %3 of its %n object(s) that exist already.</source>
        <translation>
            <numerusform>La migration %1 (%2) créerait %n objet, dont %3 existant déjà.</numerusform>
            <numerusform>La migration %1 (%2) créerait %n objets, dont %3 existant déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the database with the expected schema (mathakine-admin diff) and fix the difference before upgrading.</source>
        <translation>Comparez la base de données avec le schéma attendu (mathakine-admin diff) et corrigez la différence avant la mise à jour.</translation>
    </message>
    <message>
        <source>None of the objects the pending migrations create exists yet.</source>
        <translation>Aucun des objets que créent les migrations en attente n&apos;existe encore.</translation>
    </message>
    <message>
        <source>Database %1 on the server; %2 free for backups in %3.</source>
        <translation>Base de données de %1 sur le serveur&#x202f;; %2 libres pour les sauvegardes dans %3.</translation>
    </message>
    <message>
        <source>Enough disk space for the backup.</source>
        <translation>Espace disque suffisant pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Disk space for the backup may be short.</source>
        <translation>L&apos;espace disque pourrait manquer pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Free space in %1, or choose another backups folder.</source>
        <translation>Libérez de l&apos;espace dans %1, ou choisissez un autre dossier de sauvegardes.</translation>
    </message>
    <message>
        <source>Not enough disk space for the backup.</source>
        <translation>Espace disque insuffisant pour la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <source> (waiting)</source>
        <translation> (en attente)</translation>
    </message>
    <message>
        <source>Session %1 (%2) holds %3.</source>
        <translation>La session %1 (%2) détient %3.</translation>
    </message>
    <message>
        <source>%1; last query: %2</source>
        <translation>%1&#x202f;; dernière requête&#x202f;: %2</translation>
    </message>
    <message>
        <source>The migration would wait for it (lock timeout). Wait until it ends, or end it: SELECT pg_terminate_backend(%1);</source>
        <translation>La migration l&apos;attendrait (délai d&apos;attente de verrou). Attendez qu&apos;elle se termine, ou terminez-la&#x202f;: SELECT pg_terminate_backend(%1);</translation>
    </message>
    <message numerus="yes">
        <source>No other session holds a lock on the %n table(s) to change.</source>
        <translation>
            <numerusform>%n table à modifier&#x202f;: aucune autre session n&apos;y détient de verrou.</numerusform>
            <numerusform>%n tables à modifier&#x202f;: aucune autre session n&apos;y détient de verrou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the migration history in schema %1.</source>
        <translation>Impossible de lire l&apos;historique des migrations dans le schéma %1.</translation>
    </message>
    <message>
        <source>Grant the privileges listed below, then run pre-flight again.</source>
        <translation>Accordez les privilèges listés ci-dessous, puis relancez la vérification préalable.</translation>
    </message>
    <message>
        <source>Migration %1 (%2): index %3 exists but is INVALID; it enforces nothing.</source>
        <translation>Migration %1 (%2)&#x202f;: l&apos;index %3 existe mais il est INVALID&#x202f;; il n&apos;impose rien.</translation>
    </message>
    <message>
        <source>Fix the cause (duplicate values for a unique index), then DROP INDEX CONCURRENTLY %1; and run the migration again.</source>
        <translation>Corrigez la cause (valeurs en double pour un index unique), puis DROP INDEX CONCURRENTLY %1; et relancez la migration.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed earlier; objects its first statements created exist.</source>
        <translation>La migration %1 (%2) a échoué auparavant&#x202f;; les objets créés par ses premières instructions existent.</translation>
    </message>
    <message>
        <source>Running it again relies on IF NOT EXISTS in its statements; see status for what took effect.</source>
        <translation>La relancer suppose des IF NOT EXISTS dans ses instructions&#x202f;; status indique ce qui a pris effet.</translation>
    </message>
</context>
<context>
    <name>PreflightPrivileges</name>
    <message>
        <source>User %1 is a superuser: every privilege is held.</source>
        <translation>L&apos;utilisateur %1 est superutilisateur&#x202f;: il dispose de tous les privilèges.</translation>
    </message>
    <message>
        <source>User %1 holds every privilege this run needs.</source>
        <translation>L&apos;utilisateur %1 dispose de tous les privilèges nécessaires à cette exécution.</translation>
    </message>
    <message>
        <source>Missing privilege: CREATE on database %1</source>
        <translation>Privilège manquant&#x202f;: CREATE sur la base de données %1</translation>
    </message>
    <message>
        <source>Needed to create the schemas %1 and the migrations create.</source>
        <translation>Nécessaire pour créer le schéma %1 et ceux que créent les migrations.</translation>
    </message>
    <message>
        <source>Missing privilege: %1 on schema %2</source>
        <translation>Privilège manquant&#x202f;: %1 sur le schéma %2</translation>
    </message>
    <message>
        <source>Not the owner of %1 (owner: %2)</source>
        <translation>Pas propriétaire de %1 (propriétaire&#x202f;: %2)</translation>
    </message>
    <message>
        <source>ALTER TABLE and CREATE INDEX need ownership (&quot;must be owner of table %1&quot;). Alternatively: ALTER TABLE %2 OWNER TO %3;</source>
        <translation>ALTER TABLE et CREATE INDEX exigent d&apos;être propriétaire («&#xa0;must be owner of table %1&#xa0;»). Autre solution&#x202f;: ALTER TABLE %2 OWNER TO %3;</translation>
    </message>
    <message>
        <source>Missing privilege: %1 on %2</source>
        <translation>Privilège manquant&#x202f;: %1 sur %2</translation>
    </message>
    <message>
        <source>The migrations create objects in this schema.</source>
        <translation>Les migrations créent des objets dans ce schéma.</translation>
    </message>
    <message>
        <source>Without it: &quot;permission denied for schema %1&quot;.</source>
        <translation>Sans lui&#x202f;: «&#xa0;permission denied for schema %1&#xa0;».</translation>
    </message>
    <message>
        <source>Needed by the run. Without it: &quot;permission denied for %1 %2&quot;.</source>
        <translation>Nécessaire à l&apos;exécution. Sans lui&#x202f;: «&#xa0;permission denied for %1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>The tool keeps its history, audit log and maintenance flag there.</source>
        <translation>L&apos;outil y conserve son historique, son journal d&apos;audit et son indicateur de maintenance.</translation>
    </message>
    <message>
        <source>The tool creates public.alembic_version for the backend&apos;s Alembic.</source>
        <translation>L&apos;outil crée public.alembic_version pour l&apos;Alembic du backend.</translation>
    </message>
</context>
<context>
    <name>ProductionGate</name>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message numerus="yes">
        <source>The production gate refuses to migrate %1: %n condition(s) not met.</source>
        <translation>
            <numerusform>Le contrôle de mise en production refuse de migrer %1&#x202f;: %n condition non remplie.</numerusform>
            <numerusform>Le contrôle de mise en production refuse de migrer %1&#x202f;: %n conditions non remplies.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1 — %2</source>
        <translation>non remplie&#x202f;: %1 — %2</translation>
    </message>
    <message>
        <source>  to do: %1</source>
        <translation>  à faire&#x202f;: %1</translation>
    </message>
    <message>
        <source>In an emergency only: --override-gate &quot;reason&quot; skips the backup and validation conditions (recorded in the audit log); --confirm is always required.</source>
        <translation>En cas d&apos;urgence uniquement&#x202f;: --override-gate &quot;motif&quot; ignore les conditions de sauvegarde et de validation (consigné dans le journal d&apos;audit)&#x202f;; --confirm reste toujours obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Verified backup younger than %n h</source>
        <translation>
            <numerusform>Sauvegarde vérifiée datant de moins de %n h</numerusform>
            <numerusform>Sauvegarde vérifiée datant de moins de %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified backup of %1 is recorded (or its file is gone).</source>
        <translation>aucune sauvegarde vérifiée de %1 n&apos;est enregistrée (ou son fichier a disparu).</translation>
    </message>
    <message>
        <source>the newest one, %1, was taken at migration version %2; the database is now at %3.</source>
        <translation>la plus récente, %1, a été faite à la version de migration %2&#x202f;; la base de données est maintenant à la version %3.</translation>
    </message>
    <message numerus="yes">
        <source>Validation passed on a test profile within %n h</source>
        <translation>
            <numerusform>Validation réussie sur un profil de test il y a moins de %n h</numerusform>
            <numerusform>Validation réussie sur un profil de test il y a moins de %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>no validation of the migrations up to %1 (set %2) on a test-tagged profile.</source>
        <translation>aucune validation des migrations jusqu&apos;à %1 (ensemble %2) sur un profil marqué test.</translation>
    </message>
    <message>
        <source>Database name typed by the operator</source>
        <translation>Nom de la base de données saisi par l&apos;opérateur</translation>
    </message>
    <message>
        <source>Add --confirm %1</source>
        <translation>Ajoutez --confirm %1</translation>
    </message>
    <message>
        <source>not given.</source>
        <translation>non indiqué.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the database name %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas au nom de la base de données %2.</translation>
    </message>
    <message>
        <source>%1 confirmed.</source>
        <translation>Nom %1 confirmé.</translation>
    </message>
    <message>
        <source>Back up now (step 1 Preparation), or run: mathakine-admin backup (with the same connection)</source>
        <translation>Sauvegarder maintenant (étape 1 Préparation), ou exécuter&#x202f;: mathakine-admin backup (avec la même connexion)</translation>
    </message>
    <message>
        <source>Back up now (step 1 Preparation), or run: mathakine-admin --profile &quot;%1&quot; backup</source>
        <translation>Sauvegarder maintenant (étape 1 Préparation), ou exécuter&#x202f;: mathakine-admin --profile &quot;%1&quot; backup</translation>
    </message>
    <message>
        <source>Clone production into a test database (step 1 Preparation, or mathakine-admin clone), upgrade the copy to %1 and validate it there (step 4 Validation, or mathakine-admin validate).</source>
        <translation>Copier la production dans une base de test (étape 1 Préparation, ou mathakine-admin clone), mettre la copie à jour jusqu&apos;à %1 et l&apos;y valider (étape 4 Validation, ou mathakine-admin validate).</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest one, %1, is %2 old.</source>
        <translation>la plus récente, %1, a été faite il y a %2.</translation>
    </message>
    <message>
        <source>%1, %2 old, read back by pg_restore, at migration version %3.</source>
        <translation>%1, faite il y a %2, relue par pg_restore, à la version de migration %3.</translation>
    </message>
    <message>
        <source>the last validation of this migration set, on profile %1 %2 ago, failed: %3</source>
        <translation>la dernière validation de cet ensemble de migrations, sur le profil %1 il y a %2, a échoué&#x202f;: %3</translation>
    </message>
    <message>
        <source>the last one, on profile %1, is %2 old.</source>
        <translation>la dernière, sur le profil %1, a eu lieu il y a %2.</translation>
    </message>
    <message>
        <source>passed on profile %1 (%2), %3 ago: %4</source>
        <translation>réussie sur le profil %1 (%2), il y a %3&#x202f;: %4</translation>
    </message>
</context>
<context>
    <name>ProductionRestore</name>
    <message>
        <source>restore-production replaces database %1: its name must be typed to confirm.</source>
        <translation>restore-production remplace la base %1&#x202f;: son nom doit être saisi pour confirmer.</translation>
    </message>
    <message>
        <source>Database name %1 is longer than PostgreSQL&apos;s 63 bytes.</source>
        <translation>Le nom de base %1 dépasse les 63 octets permis par PostgreSQL.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Le fichier de sauvegarde n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This file is not a verified backup recorded in the catalog: its row counts cannot be checked.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde vérifiée inscrite au catalogue&#x202f;: ses nombres de lignes ne peuvent pas être contrôlés.</translation>
    </message>
    <message>
        <source>Only a backup made by mathakine-admin backup (see backup --list) can replace a live database.</source>
        <translation>Seule une sauvegarde faite par mathakine-admin backup (voir backup --list) peut remplacer une base en service.</translation>
    </message>
    <message>
        <source>The file has changed since it was verified (its size differs from the catalog&apos;s).</source>
        <translation>Le fichier a changé depuis sa vérification (sa taille diffère de celle du catalogue).</translation>
    </message>
    <message>
        <source>This backup is of %1, not of %2.</source>
        <translation>Cette sauvegarde est celle de %1, pas de %2.</translation>
    </message>
    <message>
        <source>Cannot read the list of databases.</source>
        <translation>Impossible de lire la liste des bases.</translation>
    </message>
    <message>
        <source>Database %1 already exists; a restore-production of the same second cannot run twice.</source>
        <translation>La base %1 existe déjà&#x202f;; un restore-production de la même seconde ne peut pas être lancé deux fois.</translation>
    </message>
    <message>
        <source>Database %1 does not exist on this server.</source>
        <translation>La base %1 n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>Restoring database %1 from the backup %2 (%3)</source>
        <translation>Restauration de la base %1 depuis la sauvegarde %2 (%3)</translation>
    </message>
    <message>
        <source>Maintenance mode on; terminating the sessions on %1 and swapping the databases…</source>
        <translation>Mode maintenance activé&#x202f;; fin des sessions sur %1 et échange des bases…</translation>
    </message>
    <message>
        <source>Database %1 was not touched and is still in service.</source>
        <translation>La base %1 n&apos;a pas été modifiée et reste en service.</translation>
    </message>
    <message>
        <source>Cannot drop database %1.</source>
        <translation>Impossible de supprimer la base %1.</translation>
    </message>
    <message>
        <source>The copy %1 was dropped.</source>
        <translation>La copie %1 a été supprimée.</translation>
    </message>
    <message>
        <source>The copy %1 could not be dropped: drop it by hand.</source>
        <translation>La copie %1 n&apos;a pas pu être supprimée&#x202f;: supprimez-la à la main.</translation>
    </message>
    <message>
        <source>Restoring %1 beside %2 as %3…</source>
        <translation>Restauration de %1 à côté de %2 sous le nom %3…</translation>
    </message>
    <message numerus="yes">
        <source>The copy&apos;s row counts differ from the backup&apos;s for %n table(s).</source>
        <translation>
            <numerusform>Les nombres de lignes de la copie diffèrent de ceux de la sauvegarde pour %n table.</numerusform>
            <numerusform>Les nombres de lignes de la copie diffèrent de ceux de la sauvegarde pour %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts of %n table(s) identical to the backup&apos;s.</source>
        <translation>
            <numerusform>Nombre de lignes de %n table identique à celui de la sauvegarde.</numerusform>
            <numerusform>Nombres de lignes de %n tables identiques à ceux de la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The swap failed: %1</source>
        <translation>L&apos;échange a échoué&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ReconcilePlanner</name>
    <message>
        <source>its values are not those expected in an order that adding values can reach; changing an enum&apos;s values needs a person.</source>
        <translation>ses valeurs ne sont pas celles attendues dans un ordre qu&apos;un ajout de valeurs peut atteindre&#x202f;; changer les valeurs d&apos;une énumération demande une personne.</translation>
    </message>
    <message>
        <source>a missing %1 cannot be created from the snapshot (its definition is not all there); create it by hand.</source>
        <translation>un objet manquant de type %1 ne peut pas être créé depuis l&apos;instantané (sa définition n&apos;y est pas entière)&#x202f;; créez-le à la main.</translation>
    </message>
    <message>
        <source>%1 differs (expected %2, actual %3); it cannot change without re-creating it.</source>
        <translation>%1 diffère (attendu %2, réel %3)&#x202f;; cela ne peut changer qu&apos;en le recréant.</translation>
    </message>
    <message>
        <source>%1: the columns will be in the order %2 (expected %3); PostgreSQL cannot reorder columns without rewriting the table, and queries name their columns.</source>
        <translation>%1&#x202f;: les colonnes seront dans l&apos;ordre %2 (attendu %3)&#x202f;; PostgreSQL ne sait pas réordonner des colonnes sans réécrire la table, et les requêtes nomment leurs colonnes.</translation>
    </message>
    <message>
        <source>it is NOT NULL without a default and the table has rows: each row needs a value a person chooses.</source>
        <translation>elle est NOT NULL sans valeur par défaut et la table a des lignes&#x202f;: chaque ligne demande une valeur qu&apos;une personne choisit.</translation>
    </message>
    <message>
        <source>SET NOT NULL would fail: these rows hold NULL. Fill them, then reconcile again.</source>
        <translation>SET NOT NULL échouerait&#x202f;: ces lignes contiennent NULL. Remplissez-les, puis réconciliez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3; changing it can rewrite the table or lose data, so a person decides how (ALTER TABLE … ALTER COLUMN … USING …).</source>
        <translation>%1 vaut %2, attendu %3&#x202f;; le changer peut réécrire la table ou perdre des données, une personne décide donc comment (ALTER TABLE … ALTER COLUMN … USING …).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>the key is named %1, expected %2; reconcile renames nothing.</source>
        <translation>la clé s&apos;appelle %1, attendu %2&#x202f;; reconcile ne renomme rien.</translation>
    </message>
    <message>
        <source>%1 differs (expected %2, actual %3); replacing a key drops it first, which reconcile never does.</source>
        <translation>%1 diffère (attendu %2, réel %3)&#x202f;; remplacer une clé la supprime d&apos;abord, ce que reconcile ne fait jamais.</translation>
    </message>
    <message>
        <source>a primary key column cannot hold NULL, and these rows do.</source>
        <translation>une colonne de clé primaire ne peut pas contenir NULL, et ces lignes en contiennent.</translation>
    </message>
    <message>
        <source>these values appear more than once; the key cannot be added until a person settles them.</source>
        <translation>ces valeurs apparaissent plusieurs fois&#x202f;; la clé ne peut pas être ajoutée avant qu&apos;une personne les règle.</translation>
    </message>
    <message>
        <source>%1 differs (expected %2, actual %3); replacing a foreign key drops it first, which reconcile never does.</source>
        <translation>%1 diffère (attendu %2, réel %3)&#x202f;; remplacer une clé étrangère la supprime d&apos;abord, ce que reconcile ne fait jamais.</translation>
    </message>
    <message>
        <source>another constraint of the table is already named %1.</source>
        <translation>une autre contrainte de la table s&apos;appelle déjà %1.</translation>
    </message>
    <message>
        <source>these rows refer to rows that do not exist; delete or fix them first.</source>
        <translation>ces lignes font référence à des lignes qui n&apos;existent pas&#x202f;; supprimez-les ou corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>its definition differs (expected %1, actual %2); replacing it drops it first, which reconcile never does.</source>
        <translation>sa définition diffère (attendu %1, réel %2)&#x202f;; la remplacer la supprime d&apos;abord, ce que reconcile ne fait jamais.</translation>
    </message>
    <message>
        <source>these rows break the check; fix them first.</source>
        <translation>ces lignes enfreignent la vérification&#x202f;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 differs (expected %2, actual %3); rebuilding it drops it first, which reconcile never does.</source>
        <translation>%1 diffère (attendu %2, réel %3)&#x202f;; le reconstruire le supprime d&apos;abord, ce que reconcile ne fait jamais.</translation>
    </message>
    <message>
        <source>these values appear more than once; the unique index cannot be built until a person settles them.</source>
        <translation>ces valeurs apparaissent plusieurs fois&#x202f;; l&apos;index unique ne peut pas être construit avant qu&apos;une personne les règle.</translation>
    </message>
    <message>
        <source>this column is not in the expected schema and is NOT NULL without a default: the application&apos;s inserts, which do not know it, would fail. Give it a default or drop it.</source>
        <translation>cette colonne n&apos;est pas dans le schéma attendu et elle est NOT NULL sans valeur par défaut&#x202f;: les insertions de l&apos;application, qui ne la connaît pas, échoueraient. Donnez-lui une valeur par défaut ou supprimez-la.</translation>
    </message>
    <message>
        <source>the existing rows could not be checked: %1</source>
        <translation>les lignes existantes n&apos;ont pas pu être vérifiées&#x202f;: %1</translation>
    </message>
    <message>
        <source>a type named %1 already exists and is not the expected enum; it is in the way.</source>
        <translation>un type nommé %1 existe déjà et n&apos;est pas l&apos;énumération attendue&#x202f;; il est en travers du chemin.</translation>
    </message>
    <message>
        <source>the name %1 is already taken by a %2 that is not the expected object; it is in the way.</source>
        <translation>le nom %1 est déjà pris par un objet (%2) qui n&apos;est pas celui attendu&#x202f;; il est en travers du chemin.</translation>
    </message>
</context>
<context>
    <name>ReconcileRun</name>
    <message numerus="yes">
        <source>Reconciled with version %1: %n statement(s) run.</source>
        <translation>
            <numerusform>Réconciliée avec la version %1&#x202f;: %n instruction exécutée.</numerusform>
            <numerusform>Réconciliée avec la version %1&#x202f;: %n instructions exécutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as applied by reconcile: %1.</source>
        <translation>Enregistrées comme appliquées par reconcile&#x202f;: %1.</translation>
    </message>
    <message>
        <source>public.alembic_version held %1, a revision these migrations do not know; it now holds %2.</source>
        <translation>public.alembic_version contenait %1, une révision que ces migrations ne connaissent pas&#x202f;; elle contient maintenant %2.</translation>
    </message>
    <message>
        <source>Reconcile needs a migration version to reach; &quot;%1&quot; is not one.</source>
        <translation>La réconciliation a besoin d&apos;une version de migration à atteindre&#x202f;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>Give a version of the migrations folder, a revision id or head.</source>
        <translation>Donnez une version du dossier de migrations, un identifiant de révision ou head.</translation>
    </message>
    <message>
        <source>Canceled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Reconcile stopped at statement %1 of %2: %3</source>
        <translation>La réconciliation s&apos;est arrêtée à l&apos;instruction %1 sur %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Migration %1, above %2, is already applied; reconcile only brings a database up to a version.</source>
        <translation>La migration %1, au-delà de %2, est déjà appliquée&#x202f;; la réconciliation ne fait que monter une base jusqu&apos;à une version.</translation>
    </message>
    <message>
        <source>Downgrade first, or reconcile to a later version.</source>
        <translation>Faites d&apos;abord un downgrade, ou réconciliez vers une version plus récente.</translation>
    </message>
    <message>
        <source>The database changed since the script was reviewed; nothing was run.</source>
        <translation>La base a changé depuis la relecture du script&#x202f;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>Review the new script and confirm again.</source>
        <translation>Relisez le nouveau script et confirmez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) need a person before reconcile can run; nothing was run.</source>
        <translation>
            <numerusform>%n différence demande une personne avant que la réconciliation puisse s&apos;exécuter&#x202f;; rien n&apos;a été exécuté.</numerusform>
            <numerusform>%n différences demandent une personne avant que la réconciliation puisse s&apos;exécuter&#x202f;; rien n&apos;a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle each one (the rows that block it are listed), then reconcile again.</source>
        <translation>Réglez chacune (les lignes qui la bloquent sont listées), puis réconciliez à nouveau.</translation>
    </message>
    <message>
        <source>Audit row &quot;%1&quot; not written: %2</source>
        <translation>Ligne d&apos;audit «&#xa0;%1&#xa0;» non écrite&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Impossible de commencer une transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the reconcile.</source>
        <translation>Impossible de valider la réconciliation.</translation>
    </message>
    <message>
        <source>Index builds left INVALID indexes: %1; nothing was recorded.</source>
        <translation>Les constructions d&apos;index ont laissé des index INVALID&#x202f;: %1&#x202f;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Drop them (DROP INDEX CONCURRENTLY …) and reconcile again.</source>
        <translation>Supprimez-les (DROP INDEX CONCURRENTLY …) et réconciliez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ReconcileScript</name>
    <message>
        <source>Reconcile with the expected schema of version %1: adds, never drops nor renames.</source>
        <translation>Réconciliation avec le schéma attendu de la version %1&#x202f;: ajoute, ne supprime ni ne renomme jamais.</translation>
    </message>
    <message>
        <source>In one transaction:</source>
        <translation>En une transaction&#x202f;:</translation>
    </message>
    <message>
        <source>(no change to the schema)</source>
        <translation>(aucun changement du schéma)</translation>
    </message>
    <message>
        <source>Then, outside a transaction (index builds on big tables, one by one):</source>
        <translation>Puis, hors transaction (constructions d&apos;index sur les grosses tables, une à une)&#x202f;:</translation>
    </message>
    <message>
        <source>Then migrations up to %1 are recorded as applied (by reconcile).</source>
        <translation>Puis les migrations jusqu&apos;à %1 sont enregistrées comme appliquées (par reconcile).</translation>
    </message>
    <message>
        <source>Needs a person (not in this script; the run refuses until it is settled):</source>
        <translation>Demande une personne (hors de ce script&#x202f;; l&apos;exécution refuse tant que ce n&apos;est pas réglé)&#x202f;:</translation>
    </message>
    <message>
        <source>Kept as is (reconcile drops and renames nothing):</source>
        <translation>Gardé tel quel (reconcile ne supprime et ne renomme rien)&#x202f;:</translation>
    </message>
</context>
<context>
    <name>RepairOption</name>
    <message>
        <source>Resume from the failed statement</source>
        <translation>Reprendre à l&apos;instruction en échec</translation>
    </message>
    <message>
        <source>Undo the statements that took effect</source>
        <translation>Annuler les instructions qui ont pris effet</translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation>Marquer comme appliquée</translation>
    </message>
    <message>
        <source>Mark as not applied</source>
        <translation>Marquer comme non appliquée</translation>
    </message>
    <message>
        <source>%1 is recorded as applied; public.alembic_version follows.</source>
        <translation>%1 est enregistrée comme appliquée&#x202f;; public.alembic_version suit.</translation>
    </message>
    <message>
        <source>%1 is removed from the history (not applied); public.alembic_version follows.</source>
        <translation>%1 est retirée de l&apos;historique (non appliquée)&#x202f;; public.alembic_version suit.</translation>
    </message>
    <message>
        <source>No statement is left to run.</source>
        <translation>Il ne reste aucune instruction à exécuter.</translation>
    </message>
    <message>
        <source>It failed while being reverted: run upgrade to apply it again instead.</source>
        <translation>Elle a échoué pendant son annulation&#x202f;: lancez plutôt upgrade pour l&apos;appliquer de nouveau.</translation>
    </message>
    <message>
        <source>There is no expected snapshot for %1 to prove its objects are right (mathakine-admin snapshot).</source>
        <translation>Aucun instantané attendu pour %1 ne prouve que ses objets sont corrects (mathakine-admin snapshot).</translation>
    </message>
    <message numerus="yes">
        <source>Its objects differ from the expected snapshot at %1 (%n difference(s)).</source>
        <translation>
            <numerusform>Ses objets diffèrent de l&apos;instantané attendu à %1 (%n écart).</numerusform>
            <numerusform>Ses objets diffèrent de l&apos;instantané attendu à %1 (%n écarts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects it creates exist: %1.</source>
        <translation>Des objets qu&apos;elle crée existent&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>ReplicaWait</name>
    <message numerus="yes">
        <source>%n streaming standby(s), but their replay positions are hidden from this user (superuser or pg_read_all_stats needed): the run does not wait for them.</source>
        <translation>
            <numerusform>%n réplique en streaming, mais sa position de rejeu est cachée à cet utilisateur (superutilisateur ou pg_read_all_stats nécessaire)&#x202f;: l&apos;exécution ne l&apos;attend pas.</numerusform>
            <numerusform>%n répliques en streaming, mais leurs positions de rejeu sont cachées à cet utilisateur (superutilisateur ou pg_read_all_stats nécessaire)&#x202f;: l&apos;exécution ne les attend pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Standby %1 has not replayed migration %2 within %3 s (%4 bytes of WAL still to replay); the run stopped before the next migration.</source>
        <translation>La réplique %1 n&apos;a pas rejoué la migration %2 en %3&#xa0;s (%4&#xa0;octets de WAL encore à rejouer)&#x202f;; l&apos;exécution s&apos;est arrêtée avant la migration suivante.</translation>
    </message>
    <message>
        <source>Migration %1 is applied on the primary. Check the standby (pg_stat_replication on the primary, its log), then run upgrade again; --max-replica-lag MS allows a longer wait.</source>
        <translation>La migration %1 est appliquée sur le serveur principal. Vérifiez la réplique (pg_stat_replication sur le principal, son journal), puis relancez upgrade&#x202f;; --max-replica-lag MS autorise une attente plus longue.</translation>
    </message>
    <message>
        <source>Canceled while the standbys replayed migration %1; it is applied on the primary.</source>
        <translation>Annulé pendant que les répliques rejouaient la migration %1&#x202f;; elle est appliquée sur le serveur principal.</translation>
    </message>
    <message>
        <source>Standby %1 replayed migration %2 in %3 ms (%4 bytes behind at the commit).</source>
        <translation>La réplique %1 a rejoué la migration %2 en %3&#xa0;ms (%4&#xa0;octets de retard au commit).</translation>
    </message>
</context>
<context>
    <name>ReportArchive</name>
    <message>
        <source>Cannot archive the report in %1.</source>
        <translation>Impossible d&apos;archiver le rapport dans %1.</translation>
    </message>
    <message>
        <source>Cannot archive the PDF %1 in %2.</source>
        <translation>Impossible d&apos;archiver le PDF %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot read the report %1.</source>
        <translation>Impossible de lire le rapport %1.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>non critique</translation>
    </message>
    <message>
        <source>The benchmark was not run.</source>
        <translation>La mesure de performance n&apos;a pas été exécutée.</translation>
    </message>
    <message numerus="yes">
        <source>Each query ran %n time(s) after warm-up. Client side: the round trip seen by the tool (libpq extended protocol, as the application). Server side: planning plus execution reported by EXPLAIN ANALYZE.</source>
        <translation>
            <numerusform>Chaque requête a été exécutée %n fois après le préchauffage. Côté client&#x202f;: l&apos;aller-retour vu par l&apos;outil (protocole étendu de libpq, comme l&apos;application). Côté serveur&#x202f;: planification et exécution, d&apos;après EXPLAIN ANALYZE.</numerusform>
            <numerusform>Chaque requête a été exécutée %n fois après le préchauffage. Côté client&#x202f;: l&apos;aller-retour vu par l&apos;outil (protocole étendu de libpq, comme l&apos;application). Côté serveur&#x202f;: planification et exécution, d&apos;après EXPLAIN ANALYZE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>p50 serveur</translation>
    </message>
    <message>
        <source>server p95</source>
        <translation>p95 serveur</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Appendix: query plans (EXPLAIN ANALYZE excerpts)</source>
        <translation>Annexe&#x202f;: plans d&apos;exécution (extraits d&apos;EXPLAIN ANALYZE)</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Paramètres&#x202f;: %1</translation>
    </message>
    <message>
        <source>Migration history</source>
        <translation>Historique des migrations</translation>
    </message>
    <message>
        <source>No migration has been applied to this database.</source>
        <translation>Aucune migration n&apos;a été appliquée à cette base de données.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>marquée comme appliquée</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Exact row counts before and after the last migration run (%1, %2 → %3, %4).</source>
        <translation>Nombre exact de lignes avant et après la dernière exécution de migration (%1, %2 → %3, %4).</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>This is not a validation report of format version %1.</source>
        <translation>Ce n&apos;est pas un rapport de validation au format version %1.</translation>
    </message>
    <message>
        <source>The report has a check with an unknown family or status: %1.</source>
        <translation>Le rapport contient une vérification de famille ou de statut inconnu&#x202f;: %1.</translation>
    </message>
    <message>
        <source>The report is not valid JSON: %1.</source>
        <translation>Le rapport n&apos;est pas un JSON valide&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>ReportTitlePage</name>
    <message>
        <source>Validation report — %1</source>
        <translation>Rapport de validation — %1</translation>
    </message>
    <message>
        <source>none (base)</source>
        <translation>aucune (base)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>(none: URL or PG variables)</source>
        <translation>(aucun&#x202f;: URL ou variables PG)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Migration version</source>
        <translation>Version de migration</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Validation plan</source>
        <translation>Plan de validation</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Mathakine Admin %1</source>
        <translation>Mathakine Admin %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#x202f;: %1</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Slowest query: %1, p95 %2 (budget %3).</source>
        <translation>Requête la plus lente&#x202f;: %1, p95 %2 (budget %3).</translation>
    </message>
    <message>
        <source>Validation took %1.</source>
        <translation>La validation a duré %1.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>On (date)</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>%1 (newest available: %2)</source>
        <translation>%1 (la plus récente disponible&#x202f;: %2)</translation>
    </message>
</context>
<context>
    <name>RequiredObjectsCheck</name>
    <message>
        <source>Table %1 exists.</source>
        <translation>La table %1 existe.</translation>
    </message>
    <message>
        <source>Table %1 is missing.</source>
        <translation>La table %1 est absente.</translation>
    </message>
    <message>
        <source>Column %1 exists.</source>
        <translation>La colonne %1 existe.</translation>
    </message>
    <message>
        <source>Column %1 is missing.</source>
        <translation>La colonne %1 est absente.</translation>
    </message>
    <message>
        <source>Column %1 is missing: table %2 does not exist.</source>
        <translation>La colonne %1 est absente&#x202f;: la table %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Index %1 on %2 exists.</source>
        <translation>L&apos;index %1 sur %2 existe.</translation>
    </message>
    <message>
        <source>Index %1 on %2 is missing.</source>
        <translation>L&apos;index %1 sur %2 est absent.</translation>
    </message>
    <message>
        <source>Index %1 exists, but on table %2 instead of %3.</source>
        <translation>L&apos;index %1 existe, mais sur la table %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Index %1 on %2 is INVALID (left by a failed CREATE INDEX CONCURRENTLY): drop it and create it again.</source>
        <translation>L&apos;index %1 sur %2 est INVALID (laissé par un CREATE INDEX CONCURRENTLY échoué)&#x202f;: supprimez-le et recréez-le.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Restoring is refused on profile &quot;%1&quot;: it is tagged production.</source>
        <translation>La restauration est refusée sur le profil «&#xa0;%1&#xa0;»&#x202f;: il est marqué production.</translation>
    </message>
    <message>
        <source>Restore into a test server or database, with a profile tagged test or development.</source>
        <translation>Restaurez sur un serveur ou une base de test, avec un profil marqué test ou développement.</translation>
    </message>
    <message>
        <source>The dump file does not exist.</source>
        <translation>Le fichier de dump n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Database %1 already exists; the restore does not overwrite it.</source>
        <translation>La base de données %1 existe déjà&#x202f;; la restauration ne l&apos;écrase pas.</translation>
    </message>
    <message>
        <source>Cannot drop database %1 to replace it.</source>
        <translation>Impossible de supprimer la base de données %1 pour la remplacer.</translation>
    </message>
    <message>
        <source>Cannot create database %1.</source>
        <translation>Impossible de créer la base de données %1.</translation>
    </message>
    <message>
        <source>The user needs the CREATEDB attribute (ALTER ROLE %1 CREATEDB).</source>
        <translation>L&apos;utilisateur doit avoir l&apos;attribut CREATEDB (ALTER ROLE %1 CREATEDB).</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; cannot be the target of a restore (--into).</source>
        <translation>La base «&#xa0;%1&#xa0;» ne peut pas être la cible d&apos;une restauration (--into).</translation>
    </message>
    <message>
        <source>Choose another name, or ask to replace it (the Replace option, or --replace) to drop and recreate it.</source>
        <translation>Choisissez un autre nom, ou demandez à la remplacer (option Remplacer, ou --replace) pour la supprimer et la recréer.</translation>
    </message>
    <message>
        <source>Cannot read the list of databases.</source>
        <translation>Impossible de lire la liste des bases.</translation>
    </message>
    <message>
        <source>Cannot drop database %1.</source>
        <translation>Impossible de supprimer la base %1.</translation>
    </message>
    <message>
        <source>Database %1 is left half-restored: it could not be dropped.</source>
        <translation>La base %1 reste à moitié restaurée&#x202f;: elle n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Drop it by hand: DROP DATABASE %1;</source>
        <translation>Supprimez-la à la main&#x202f;: DROP DATABASE %1;</translation>
    </message>
    <message>
        <source>Database %1 was dropped: nothing is left of this restore.</source>
        <translation>La base %1 a été supprimée&#x202f;: il ne reste rien de cette restauration.</translation>
    </message>
    <message>
        <source>pg_restore cannot read this file: it is not a custom-format dump.</source>
        <translation>pg_restore ne peut pas lire ce fichier&#x202f;: ce n&apos;est pas un dump au format custom.</translation>
    </message>
    <message>
        <source>The restore was canceled; nothing was created.</source>
        <translation>La restauration a été annulée&#x202f;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>pg_restore cannot read this dump to its end: it is truncated or corrupt. Nothing was created.</source>
        <translation>pg_restore ne peut pas lire ce dump jusqu&apos;au bout&#x202f;: il est tronqué ou corrompu. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>pg_restore did not finish.</source>
        <translation>pg_restore ne s&apos;est pas terminé.</translation>
    </message>
    <message numerus="yes">
        <source>pg_restore reported %n error(s).</source>
        <translation>
            <numerusform>pg_restore a signalé %n erreur.</numerusform>
            <numerusform>pg_restore a signalé %n erreurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowCountChecks</name>
    <message>
        <source>Last migration run</source>
        <translation>Dernière exécution de migration</translation>
    </message>
    <message>
        <source>No row counts were recorded with a migration run on this database (they are taken by upgrade and downgrade).</source>
        <translation>Aucun comptage de lignes n&apos;a été enregistré lors d&apos;une exécution de migration sur cette base de données (upgrade et downgrade les relèvent).</translation>
    </message>
    <message>
        <source>%1: %2 → %3 rows, as the plan allows for this migration.</source>
        <translation>%1&#x202f;: %2 → %3 lignes, comme le plan l&apos;autorise pour cette migration.</translation>
    </message>
    <message>
        <source>%1: the table (%2 rows) no longer exists after the run.</source>
        <translation>%1&#x202f;: la table (%2 lignes) n&apos;existe plus après l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1: %2 rows lost during the run (%3 → %4).</source>
        <translation>%1&#x202f;: %2 lignes perdues pendant l&apos;exécution (%3 → %4).</translation>
    </message>
    <message>
        <source>%1: %2 rows more after the run (%3 → %4).</source>
        <translation>%1&#x202f;: %2 lignes de plus après l&apos;exécution (%3 → %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3 (%4): %n table(s) counted before and after.</source>
        <translation>
            <numerusform>%1 %2 → %3 (%4)&#x202f;: %n table comptée avant et après.</numerusform>
            <numerusform>%1 %2 → %3 (%4)&#x202f;: %n tables comptées avant et après.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every count is unchanged: nothing lost.</source>
        <translation>Tous les comptages sont inchangés&#x202f;: aucune perte.</translation>
    </message>
    <message>
        <source>%1: not counted after the run (its lock was held or the count outlasted the timeout).</source>
        <translation>%1&#x202f;: non comptée après l&apos;exécution (son verrou était détenu ou le comptage a dépassé le délai).</translation>
    </message>
    <message>
        <source>The run failed: the counts after it show what took effect (the history says which statements ran).</source>
        <translation>L&apos;exécution a échoué&#x202f;: les comptages qui la suivent montrent ce qui a pris effet (l&apos;historique indique quelles instructions ont été exécutées).</translation>
    </message>
</context>
<context>
    <name>RowCounter</name>
    <message>
        <source>Cannot start a transaction to count rows.</source>
        <translation>Impossible de démarrer une transaction pour compter les lignes.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1.%2.</source>
        <translation>Impossible de compter les lignes de %1.%2.</translation>
    </message>
</context>
<context>
    <name>RunBackup</name>
    <message>
        <source>--backup %1: this file is not a verified backup (the backup catalog %2 does not list it).</source>
        <translation>--backup %1&#x202f;: ce fichier n&apos;est pas une sauvegarde vérifiée (le catalogue des sauvegardes %2 ne le contient pas).</translation>
    </message>
    <message>
        <source>Name a file that mathakine-admin backup made (backup --list shows them).</source>
        <translation>Indiquez un fichier produit par mathakine-admin backup (backup --list les affiche).</translation>
    </message>
    <message>
        <source>--backup %1: the file is gone or its size changed since it was verified.</source>
        <translation>--backup %1&#x202f;: le fichier a disparu ou sa taille a changé depuis sa vérification.</translation>
    </message>
    <message>
        <source>--backup %1 is a backup of %2, not of this database (%3).</source>
        <translation>--backup %1 est une sauvegarde de %2, pas de cette base (%3).</translation>
    </message>
</context>
<context>
    <name>RunChecks</name>
    <message numerus="yes">
        <source>%n error-level lint finding(s) in the migrations to run; nothing was run.</source>
        <translation>
            <numerusform>%n constat d&apos;analyse de niveau erreur dans les migrations à exécuter&#x202f;; rien n&apos;a été exécuté.</numerusform>
            <numerusform>%n constats d&apos;analyse de niveau erreur dans les migrations à exécuter&#x202f;; rien n&apos;a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file, or switch the rule off for it with &quot;-- lint_ignore: %1&quot; if you are sure.</source>
        <translation>Corrigez le fichier, ou désactivez la règle pour lui avec «&#xa0;-- lint_ignore&#x202f;: %1&#xa0;» si vous êtes sûr de vous.</translation>
    </message>
    <message>
        <source>Pending migration %1 is older than %2, the newest applied one: it would run out of order.</source>
        <translation>La migration en attente %1 est plus ancienne que %2, la plus récente appliquée&#x202f;: elle s&apos;exécuterait hors ordre.</translation>
    </message>
    <message>
        <source>Renumber the file after %1, or run it anyway with --out-of-order (audited).</source>
        <translation>Renumérotez le fichier après %1, ou exécutez-la quand même avec --out-of-order (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Apply out of order</source>
        <translation>Appliquer hors ordre</translation>
    </message>
    <message>
        <source>%1 (%2), applied %3</source>
        <translation>%1 (%2), appliquée le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n applied migration(s) have no file in the migrations folder any more.</source>
        <translation>
            <numerusform>%n migration appliquée n&apos;a plus de fichier dans le dossier des migrations.</numerusform>
            <numerusform>%n migrations appliquées n&apos;ont plus de fichier dans le dossier des migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the files (git checkout), or go on without them with --allow-missing (audited).</source>
        <translation>Restaurez les fichiers (git checkout), ou continuez sans eux avec --allow-missing (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Go on without the files</source>
        <translation>Continuer sans les fichiers</translation>
    </message>
    <message>
        <source>%1: recorded checksum %2, file now %3</source>
        <translation>%1&#x202f;: somme de contrôle enregistrée %2, fichier actuel %3</translation>
    </message>
    <message>
        <source>Applied migration(s) %1 were edited since they ran.</source>
        <translation>Les migrations appliquées %1 ont été modifiées depuis leur exécution.</translation>
    </message>
    <message>
        <source>See the changed lines with status --diff-drift; restore the files as they were applied, or record the new checksums with --accept-drift (audited).</source>
        <translation>Voyez les lignes modifiées avec status --diff-drift&#x202f;; restaurez les fichiers tels qu&apos;ils ont été appliqués, ou enregistrez les nouvelles sommes de contrôle avec --accept-drift (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Accept the new checksum</source>
        <translation>Accepter la nouvelle somme de contrôle</translation>
    </message>
    <message>
        <source>The plan changed since it was approved (another run, or an edited file); nothing was run.</source>
        <translation>Le plan a changé depuis son approbation (une autre exécution, ou un fichier modifié)&#x202f;; rien n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>approved: %1
now: %2</source>
        <translation>approuvé&#x202f;: %1
maintenant&#x202f;: %2</translation>
    </message>
    <message>
        <source>Review the new plan and confirm again.</source>
        <translation>Relisez le nouveau plan et confirmez à nouveau.</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message numerus="yes">
        <source>The run&apos;s record could not be written: no connection to the server within %n s.</source>
        <translation>
            <numerusform>Le compte rendu de l&apos;exécution n&apos;a pas pu être écrit&#x202f;: aucune connexion au serveur en %n&#xa0;s.</numerusform>
            <numerusform>Le compte rendu de l&apos;exécution n&apos;a pas pu être écrit&#x202f;: aucune connexion au serveur en %n&#xa0;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunRowCounts</name>
    <message>
        <source>Cannot start a transaction to count rows.</source>
        <translation>Impossible de démarrer une transaction pour compter les lignes.</translation>
    </message>
    <message>
        <source>Rows of %1 not counted: %2</source>
        <translation>Lignes de %1 non comptées&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>No PostgreSQL server binaries found in /usr/lib/postgresql.</source>
        <translation>Aucun exécutable du serveur PostgreSQL trouvé dans /usr/lib/postgresql.</translation>
    </message>
    <message>
        <source>Install the postgresql package, or set MATHAKINE_PG_BINDIR.</source>
        <translation>Installez le paquet postgresql, ou définissez MATHAKINE_PG_BINDIR.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox directory %1.</source>
        <translation>Impossible de créer le répertoire du bac à sable %1.</translation>
    </message>
    <message>
        <source>The postgres user cannot enter %1; choose a sandbox directory it can reach.</source>
        <translation>L&apos;utilisateur postgres ne peut pas accéder à %1&#x202f;; choisissez un répertoire de bac à sable qui lui est accessible.</translation>
    </message>
    <message>
        <source>Cannot give %1 to the postgres user.</source>
        <translation>Impossible d&apos;attribuer %1 à l&apos;utilisateur postgres.</translation>
    </message>
    <message>
        <source>initdb failed in %1.</source>
        <translation>initdb a échoué dans %1.</translation>
    </message>
    <message>
        <source>The sandbox server did not start (log: %1).</source>
        <translation>Le serveur du bac à sable n&apos;a pas démarré (journal&#x202f;: %1).</translation>
    </message>
    <message>
        <source>The sandbox is already running with database %1.</source>
        <translation>Le bac à sable est déjà en cours d&apos;exécution avec la base de données %1.</translation>
    </message>
    <message>
        <source>The sandbox server did not stop.</source>
        <translation>Le serveur du bac à sable ne s&apos;est pas arrêté.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Unique constraint</source>
        <translation>Contrainte d&apos;unicité</translation>
    </message>
    <message>
        <source>Foreign key</source>
        <translation>Clé étrangère</translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation>Contrainte CHECK</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Enum type</source>
        <translation>Type énuméré</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>type de données</translation>
    </message>
    <message>
        <source>nullability</source>
        <translation>acceptation de NULL</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>generation expression</source>
        <translation>expression de génération</translation>
    </message>
    <message>
        <source>collation</source>
        <translation>collationnement</translation>
    </message>
    <message>
        <source>column order</source>
        <translation>ordre des colonnes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>included columns</source>
        <translation>colonnes incluses</translation>
    </message>
    <message>
        <source>uniqueness</source>
        <translation>unicité</translation>
    </message>
    <message>
        <source>index method</source>
        <translation>méthode d&apos;index</translation>
    </message>
    <message>
        <source>partial index condition</source>
        <translation>condition d&apos;index partiel</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validité</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>referenced table and columns</source>
        <translation>table et colonnes référencées</translation>
    </message>
    <message>
        <source>ON UPDATE action</source>
        <translation>action ON UPDATE</translation>
    </message>
    <message>
        <source>ON DELETE action</source>
        <translation>action ON DELETE</translation>
    </message>
    <message>
        <source>match type</source>
        <translation>type de correspondance (MATCH)</translation>
    </message>
    <message>
        <source>deferrability</source>
        <translation>caractère différable</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>owner column</source>
        <translation>colonne propriétaire</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque dans la base de données.</translation>
    </message>
    <message>
        <source>%1 is not in the expected schema.</source>
        <translation>%1 ne figure pas dans le schéma attendu.</translation>
    </message>
    <message>
        <source>%1: %2 differs — expected %3, actual %4.</source>
        <translation>%1&#x202f;: %2 diffère — attendu %3, réel %4.</translation>
    </message>
    <message>
        <source>NULLS NOT DISTINCT</source>
        <translation>NULLS NOT DISTINCT</translation>
    </message>
    <message>
        <source>storage parameters</source>
        <translation>paramètres de stockage</translation>
    </message>
    <message>
        <source>%1 is not in the expected schema, and it is INVALID (a failed CREATE INDEX CONCURRENTLY): it enforces nothing.</source>
        <translation>%1 n&apos;est pas dans le schéma attendu, et il est INVALID (un CREATE INDEX CONCURRENTLY qui a échoué)&#x202f;: il n&apos;impose rien.</translation>
    </message>
</context>
<context>
    <name>SchemaDiffChecks</name>
    <message>
        <source>Comparing the schema with the one the migrations produce</source>
        <translation>Comparaison du schéma avec celui que produisent les migrations</translation>
    </message>
    <message>
        <source>No migration is applied: there is no expected schema to compare with.</source>
        <translation>Aucune migration n&apos;est appliquée&#x202f;: il n&apos;y a pas de schéma attendu avec lequel comparer.</translation>
    </message>
    <message>
        <source>No expected schema snapshot for version %1 in %2: the schema was not compared.</source>
        <translation>Aucun instantané de schéma attendu pour la version %1 dans %2&#x202f;: le schéma n&apos;a pas été comparé.</translation>
    </message>
    <message>
        <source>The schema matches the expected schema of version %1.</source>
        <translation>Le schéma correspond au schéma attendu de la version %1.</translation>
    </message>
</context>
<context>
    <name>SchemaIntrospector</name>
    <message>
        <source>Cannot read the schema from the database catalog.</source>
        <translation>Impossible de lire le schéma depuis le catalogue de la base de données.</translation>
    </message>
    <message>
        <source>The database refused a statement.</source>
        <translation>La base de données a refusé une instruction.</translation>
    </message>
</context>
<context>
    <name>ServerStatement</name>
    <message>
        <source>Other sessions are still using the database (object_in_use); they must disconnect first.</source>
        <translation>D&apos;autres sessions utilisent encore la base (object_in_use)&#x202f;; elles doivent d&apos;abord se déconnecter.</translation>
    </message>
    <message>
        <source>A lock could not be had within the lock timeout (lock_not_available): another session holds it; try again.</source>
        <translation>Un verrou n&apos;a pas pu être obtenu dans le délai imparti (lock_not_available)&#x202f;: une autre session le détient&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The statement ran past its time limit or was canceled (query_canceled).</source>
        <translation>L&apos;instruction a dépassé son délai ou a été annulée (query_canceled).</translation>
    </message>
    <message>
        <source>The user lacks a privilege (insufficient_privilege): it must own the database, or be a superuser, and have CREATEDB.</source>
        <translation>L&apos;utilisateur n&apos;a pas un privilège requis (insufficient_privilege)&#x202f;: il doit posséder la base, ou être superutilisateur, et avoir CREATEDB.</translation>
    </message>
    <message>
        <source>A database of that name already exists (duplicate_database).</source>
        <translation>Une base de ce nom existe déjà (duplicate_database).</translation>
    </message>
    <message>
        <source>The database does not exist (invalid_catalog_name).</source>
        <translation>La base n&apos;existe pas (invalid_catalog_name).</translation>
    </message>
    <message>
        <source>An object the statement names does not exist on this server, e.g. a role (undefined_object).</source>
        <translation>Un objet nommé par l&apos;instruction n&apos;existe pas sur ce serveur, par exemple un rôle (undefined_object).</translation>
    </message>
    <message>
        <source>The server lacks resources (disk, memory or connections: class 53).</source>
        <translation>Le serveur manque de ressources (disque, mémoire ou connexions&#x202f;: classe 53).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (class %1).</source>
        <translation>La connexion au serveur a été perdue (classe %1).</translation>
    </message>
</context>
<context>
    <name>SmokeTestRunner</name>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed (%n step(s), rolled back).</source>
        <translation>
            <numerusform>%1&#x202f;: réussi (%n étape, annulée en fin de test).</numerusform>
            <numerusform>%1&#x202f;: réussi (%n étapes, annulées en fin de test).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>canceled at step %1</source>
        <translation>annulé à l&apos;étape %1</translation>
    </message>
    <message>
        <source>step %1 uses a value no earlier step captured</source>
        <translation>l&apos;étape %1 utilise une valeur qu&apos;aucune étape précédente n&apos;a capturée</translation>
    </message>
    <message>
        <source>step %1 should have been refused (SQLSTATE %2), but the database accepted it</source>
        <translation>l&apos;étape %1 aurait dû être refusée (SQLSTATE %2), mais la base de données l&apos;a acceptée</translation>
    </message>
    <message>
        <source>step %1 was refused with SQLSTATE %2 instead of %3</source>
        <translation>l&apos;étape %1 a été refusée avec SQLSTATE %2 au lieu de %3</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>l&apos;étape %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>step %1 returned &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>l&apos;étape %1 a renvoyé «&#xa0;%2&#xa0;» au lieu de «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>Unsupported schema snapshot format %1 (this version reads format %2).</source>
        <translation>Format d&apos;instantané de schéma %1 non pris en charge (cette version lit le format %2).</translation>
    </message>
    <message>
        <source>Regenerate the expected snapshots with: mathakine-admin snapshot</source>
        <translation>Régénérez les instantanés attendus avec&#x202f;: mathakine-admin snapshot</translation>
    </message>
    <message>
        <source>The schema snapshot is not valid JSON.</source>
        <translation>L&apos;instantané de schéma n&apos;est pas un JSON valide.</translation>
    </message>
</context>
<context>
    <name>SqlParameters</name>
    <message>
        <source>The statement uses unknown parameter(s): %1.</source>
        <translation>L&apos;instruction utilise un ou des paramètres inconnus&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Capture a value under that name in an earlier step, or declare it in &quot;parameters&quot;.</source>
        <translation>Capturez une valeur sous ce nom dans une étape précédente, ou déclarez-la dans «&#xa0;parameters&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SqlScript</name>
    <message>
        <source>SQL syntax error: %1</source>
        <translation>Erreur de syntaxe SQL&#x202f;: %1</translation>
    </message>
    <message>
        <source>This statement is nested too deeply for the tool to read its parse tree; split it into simpler statements.</source>
        <translation>Cette instruction est trop profondément imbriquée pour que l&apos;outil lise son arbre d&apos;analyse&#x202f;; découpez-la en instructions plus simples.</translation>
    </message>
    <message>
        <source>The parser returned a statement without text.</source>
        <translation>L&apos;analyseur a renvoyé une instruction sans texte.</translation>
    </message>
    <message>
        <source>COPY from STDIN or to STDOUT needs the client&apos;s copy protocol, which migrations cannot use: write the rows as INSERT statements, or COPY from a file on the server.</source>
        <translation>COPY depuis STDIN ou vers STDOUT exige le protocole de copie du client, qu&apos;une migration ne peut pas utiliser&#x202f;: écrivez les lignes en instructions INSERT, ou faites un COPY depuis un fichier du serveur.</translation>
    </message>
</context>
<context>
    <name>SqlSource</name>
    <message>
        <source>SQL syntax error: %1</source>
        <translation>Erreur de syntaxe SQL&#x202f;: %1</translation>
    </message>
    <message>
        <source>The SQL scanner&apos;s result could not be read.</source>
        <translation>Le résultat de l&apos;analyseur lexical SQL n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>StallGuard</name>
    <message>
        <source>session %1 (user %2)</source>
        <translation>session %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>session %1 (%2, user %3)</source>
        <translation>session %1 (%2, utilisateur %3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>application blocked for %1 s by migration %2: %3 waited for %4.</source>
        <translation>application bloquée pendant %1&#xa0;s par la migration %2&#x202f;: %3 attendait %4.</translation>
    </message>
    <message>
        <source>The migration held or queued for a lock the application needs. Run it when the load is lower, give it lock_retries (it is then retried later), or allow a longer wait with --max-app-wait MS.</source>
        <translation>La migration tenait ou attendait un verrou dont l&apos;application a besoin. Lancez-la quand la charge est plus faible, donnez-lui lock_retries (elle est alors réessayée plus tard), ou autorisez une attente plus longue avec --max-app-wait MS.</translation>
    </message>
    <message>
        <source>Stall guard sample failed: %1</source>
        <translation>Le relevé du garde-fou anti-blocage a échoué&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stall guard: session %1 has waited %2 ms behind migration %3 (limit %4 ms); canceling its statement.</source>
        <translation>Garde-fou anti-blocage&#x202f;: la session %1 attend depuis %2&#xa0;ms derrière la migration %3 (limite %4&#xa0;ms)&#x202f;; annulation de son instruction.</translation>
    </message>
    <message>
        <source>Stall guard could not cancel the migration&apos;s statement: %1</source>
        <translation>Le garde-fou anti-blocage n&apos;a pas pu annuler l&apos;instruction de la migration&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>StepChecks</name>
    <message>
        <source>The checks of %1 were not recorded: %2</source>
        <translation>Les contrôles de %1 n&apos;ont pas été enregistrés&#x202f;: %2</translation>
    </message>
    <message>
        <source>Migration %1 ran, but its step check &quot;%2&quot; failed; the run stops here.</source>
        <translation>La migration %1 s&apos;est exécutée, mais son contrôle d&apos;étape «&#xa0;%2&#xa0;» a échoué&#x202f;; l&apos;exécution s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>The whole run was rolled back (--single-transaction).</source>
        <translation>Toute l&apos;exécution a été annulée (--single-transaction).</translation>
    </message>
    <message>
        <source>The migration stays applied; see the differences with diff, then fix them or downgrade it. --no-step-checks runs without these checks (audited).</source>
        <translation>La migration reste appliquée&#x202f;; voyez les écarts avec diff, puis corrigez-les ou annulez-la (downgrade). --no-step-checks exécute sans ces contrôles (consigné).</translation>
    </message>
    <message>
        <source>The failed check could not be written to the history: %1</source>
        <translation>Le contrôle en échec n&apos;a pas pu être écrit dans l&apos;historique&#x202f;: %1</translation>
    </message>
    <message>
        <source>not checked inside --single-transaction (run validate after it).</source>
        <translation>non contrôlé dans --single-transaction (lancez validate ensuite).</translation>
    </message>
    <message>
        <source>the schema could not be read.</source>
        <translation>le schéma n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>no expected snapshot for version %1 (mathakine-admin snapshot writes it).</source>
        <translation>pas d&apos;instantané attendu pour la version %1 (mathakine-admin snapshot l&apos;écrit).</translation>
    </message>
    <message>
        <source>its objects match the expected snapshot at %1.</source>
        <translation>ses objets correspondent à l&apos;instantané attendu à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with the expected snapshot on its objects.</source>
        <translation>
            <numerusform>%n écart avec l&apos;instantané attendu sur ses objets.</numerusform>
            <numerusform>%n écarts avec l&apos;instantané attendu sur ses objets.</numerusform>
        </translation>
    </message>
    <message>
        <source>every index on its tables is valid.</source>
        <translation>tous les index de ses tables sont valides.</translation>
    </message>
    <message>
        <source>the indexes could not be read.</source>
        <translation>les index n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>INVALID index(es): %1.</source>
        <translation>index INVALIDES&#x202f;: %1.</translation>
    </message>
    <message>
        <source>the validation plan cannot be read.</source>
        <translation>le plan de validation ne peut pas être lu.</translation>
    </message>
    <message>
        <source>[skipped]</source>
        <translation>[ignoré]</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[FAILED]</source>
        <translation>[ÉCHEC]</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>smoke test %1</source>
        <translation>test de bon fonctionnement %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>step check: mark, name, message</comment>
        <translation>%1 %2&#x202f;: %3</translation>
    </message>
</context>
<context>
    <name>StepExecutor</name>
    <message>
        <source>Another session held a lock on a table this migration changes; retry when it has ended (--lock-timeout sets the wait).</source>
        <translation>Une autre session détenait un verrou sur une table que modifie cette migration&#x202f;; réessayez quand elle sera terminée (--lock-timeout règle l&apos;attente).</translation>
    </message>
    <message>
        <source>Sessions holding locks on the tables it changes:
%1
Retry when they have ended, or end them with pg_terminate_backend(pid).</source>
        <translation>Sessions qui détiennent des verrous sur les tables qu&apos;elle modifie&#x202f;:
%1
Réessayez quand elles seront terminées, ou terminez-les avec pg_terminate_backend(pid).</translation>
    </message>
    <message>
        <source>The database already has this object: if it matches the migration, adopt it with stamp; otherwise compare with diff.</source>
        <translation>La base de données contient déjà cet objet&#x202f;: s&apos;il correspond à la migration, adoptez-le avec stamp&#x202f;; sinon, comparez avec diff.</translation>
    </message>
    <message>
        <source>Existing rows break a unique rule this migration adds: find and fix the duplicate values named above, then run it again.</source>
        <translation>Des lignes existantes enfreignent une règle d&apos;unicité ajoutée par cette migration&#x202f;: trouvez et corrigez les valeurs en double citées ci-dessus, puis relancez-la.</translation>
    </message>
    <message>
        <source>The database user lacks a privilege: GRANT it (or run as the tables&apos; owner) and retry; preflight lists the GRANTs.</source>
        <translation>Il manque un privilège à l&apos;utilisateur de la base&#x202f;: accordez-le par GRANT (ou exécutez en tant que propriétaire des tables) et réessayez&#x202f;; preflight liste les GRANT.</translation>
    </message>
    <message>
        <source>The statement ran longer than the statement timeout (--statement-timeout).</source>
        <translation>L&apos;instruction a dépassé le délai d&apos;exécution maximal (--statement-timeout).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (restart or terminated session); check the server, then run status.</source>
        <translation>La connexion au serveur a été perdue (redémarrage ou session terminée)&#x202f;: vérifiez le serveur, puis lancez status.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n statement(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n instruction)</numerusform>
            <numerusform>%1 %2 %3 (%n instructions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application de</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>Annulation de</translation>
    </message>
    <message>
        <source>Canceled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>  %1 statement %2/%3 (line %4): %5 ms</source>
        <translation>  %1 instruction %2/%3 (ligne %4)&#x202f;: %5&#xa0;ms</translation>
    </message>
    <message>
        <source>Index %1 is INVALID: the build did not finish (often duplicate values under a unique index); it enforces nothing and the planner ignores it.</source>
        <translation>L&apos;index %1 est INVALID&#x202f;: sa construction n&apos;a pas abouti (souvent des valeurs en double sous un index unique)&#x202f;; il n&apos;impose rien et le planificateur l&apos;ignore.</translation>
    </message>
    <message>
        <source>Fix the cause, DROP INDEX CONCURRENTLY %1; then run the migration again.</source>
        <translation>Corrigez la cause, DROP INDEX CONCURRENTLY %1; puis relancez la migration.</translation>
    </message>
    <message>
        <source>Migration %1 was canceled at statement %2 of %3.</source>
        <translation>La migration %1 a été annulée à l&apos;instruction %2 sur %3.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué&#x202f;: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed at statement %3 of %4.</source>
        <translation>La migration %1 (%2) a échoué à l&apos;instruction %3 sur %4.</translation>
    </message>
    <message>
        <source>The whole run was rolled back (--single-transaction): none of its migrations is applied.</source>
        <translation>Toute l&apos;exécution a été annulée (--single-transaction)&#x202f;: aucune de ses migrations n&apos;est appliquée.</translation>
    </message>
    <message>
        <source>It was rolled back; the history is unchanged.</source>
        <translation>Elle a été annulée (rollback)&#x202f;; l&apos;historique est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it took effect (non-transactional migration); the history records it as failed.</source>
        <translation>
            <numerusform>%n instruction avant elle a pris effet (migration non transactionnelle)&#x202f;; l&apos;historique l&apos;enregistre comme échouée.</numerusform>
            <numerusform>%n instructions avant elle ont pris effet (migration non transactionnelle)&#x202f;; l&apos;historique l&apos;enregistre comme échouée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failure could not be written to the audit log: %1</source>
        <translation>L&apos;échec n&apos;a pas pu être écrit dans le journal d&apos;audit&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3 found a table locked for %4 ms; rolled back, next attempt in %5 ms.</source>
        <translation>%1&#x202f;: la tentative %2 sur %3 a trouvé une table verrouillée pendant %4&#xa0;ms&#x202f;; annulée, prochaine tentative dans %5&#xa0;ms.</translation>
    </message>
    <message numerus="yes">
        <source>It gave up after %n attempt(s), each waiting at most %1 ms for its locks.</source>
        <translation>
            <numerusform>Elle a abandonné après %n tentative, chacune attendant ses verrous au plus %1&#xa0;ms.</numerusform>
            <numerusform>Elle a abandonné après %n tentatives, chacune attendant ses verrous au plus %1&#xa0;ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 changes session settings; the run&apos;s lock_timeout (%3 ms) and statement_timeout (%4 ms) are set again.</source>
        <translation>%1:%2 modifie des paramètres de session&#x202f;; le lock_timeout (%3&#xa0;ms) et le statement_timeout (%4&#xa0;ms) de l&apos;exécution sont rétablis.</translation>
    </message>
    <message>
        <source>Migration %1 (%2): its statements ran, but recording it in the tool&apos;s history failed.</source>
        <translation>Migration %1 (%2)&#x202f;: ses instructions ont été exécutées, mais son enregistrement dans l&apos;historique de l&apos;outil a échoué.</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3 kept the application waiting %4 ms; rolled back, next attempt in %5 ms.</source>
        <translation>%1&#x202f;: la tentative %2 sur %3 a fait attendre l&apos;application %4&#xa0;ms&#x202f;; annulée, prochaine tentative dans %5&#xa0;ms.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) stopped at statement %3 of %4: %5</source>
        <translation>La migration %1 (%2) s&apos;est arrêtée à l&apos;instruction %3 sur %4&#x202f;: %5</translation>
    </message>
</context>
<context>
    <name>ToolSchema</name>
    <message>
        <source>Cannot create or update the bookkeeping schema %1.</source>
        <translation>Impossible de créer ou de mettre à jour le schéma de suivi %1.</translation>
    </message>
    <message>
        <source>The user needs CREATE on the database: GRANT CREATE ON DATABASE … TO …;</source>
        <translation>L&apos;utilisateur a besoin de CREATE sur la base&#x202f;: GRANT CREATE ON DATABASE … TO …;</translation>
    </message>
    <message>
        <source>The bookkeeping schema %1 lacks a table or trigger; it is repaired.</source>
        <translation>Il manque une table ou un déclencheur au schéma de suivi %1&#x202f;; il est réparé.</translation>
    </message>
</context>
<context>
    <name>ValidationJob</name>
    <message>
        <source>%1; slowest p95 %2</source>
        <translation>%1&#x202f;; p95 le plus lent %2</translation>
    </message>
</context>
<context>
    <name>ValidationPlanReader</name>
    <message>
        <source>Cannot read the validation plan %1.</source>
        <translation>Impossible de lire le plan de validation %1.</translation>
    </message>
    <message>
        <source>Give another plan with --plan FILE, or restore migrations/%1.</source>
        <translation>Indiquez un autre plan avec --plan FILE, ou restaurez migrations/%1.</translation>
    </message>
    <message>
        <source>The validation plan is not valid JSON: %1.</source>
        <translation>Le plan de validation n&apos;est pas un JSON valide&#x202f;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The validation plan has %n error(s).</source>
        <translation>
            <numerusform>Le plan de validation contient %n erreur.</numerusform>
            <numerusform>Le plan de validation contient %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>runs must be at least 1 and warmupRuns at least 0</source>
        <translation>runs doit valoir au moins 1 et warmupRuns au moins 0</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation>doit comporter au moins une étape</translation>
    </message>
    <message>
        <source>must be a string, a number or a boolean</source>
        <translation>doit être une chaîne, un nombre ou un booléen</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>clé inconnue (clés connues&#x202f;: %1)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a statement (a string or an array of lines)</source>
        <translation>doit être une instruction (une chaîne ou un tableau de lignes)</translation>
    </message>
    <message>
        <source>must be an array of names</source>
        <translation>doit être un tableau de noms</translation>
    </message>
    <message>
        <source>must be &quot;critical&quot; or &quot;warning&quot;</source>
        <translation>doit valoir «&#xa0;critical&#xa0;» ou «&#xa0;warning&#xa0;»</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>doit être un nombre positif</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The validation was canceled; its test transactions were rolled back.</source>
        <translation>La validation a été annulée&#x202f;; ses transactions de test ont été annulées (rollback).</translation>
    </message>
    <message>
        <source>Checking the required tables, columns and indexes</source>
        <translation>Vérification des tables, colonnes et index requis</translation>
    </message>
    <message>
        <source>Checking the budgets and the row counts</source>
        <translation>Vérification des budgets et du nombre de lignes</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Test de bon fonctionnement&#x202f;: %1</translation>
    </message>
    <message>
        <source>Checking that the smoke tests left no row behind</source>
        <translation>Vérification que les tests de bon fonctionnement n&apos;ont laissé aucune ligne</translation>
    </message>
    <message>
        <source>Row counts around the smoke tests</source>
        <translation>Nombre de lignes avant et après les tests de bon fonctionnement</translation>
    </message>
    <message numerus="yes">
        <source>No test row was left behind (%n table(s) counted before and after).</source>
        <translation>
            <numerusform>Aucune ligne de test n&apos;a été laissée (%n table comptée avant et après).</numerusform>
            <numerusform>Aucune ligne de test n&apos;a été laissée (%n tables comptées avant et après).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts changed during the smoke tests in %n table(s) (other sessions writing, or a test row left behind).</source>
        <translation>
            <numerusform>Le nombre de lignes a changé pendant les tests de bon fonctionnement dans %n table (d&apos;autres sessions écrivent, ou une ligne de test a été laissée).</numerusform>
            <numerusform>Le nombre de lignes a changé pendant les tests de bon fonctionnement dans %n tables (d&apos;autres sessions écrivent, ou une ligne de test a été laissée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark: %1</source>
        <translation>Mesure de performance&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mathakine::BackupListModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Missing or changed</source>
        <translation>Absent ou modifié</translation>
    </message>
    <message>
        <source>PostgreSQL %1, dumped with pg_dump %2</source>
        <translation>PostgreSQL %1, sauvegardé avec pg_dump %2</translation>
    </message>
    <message>
        <source>The file is gone or its size differs from the one recorded: it cannot be trusted.</source>
        <translation>Le fichier a disparu ou sa taille diffère de celle enregistrée&#x202f;: il n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>File intact</source>
        <translation>Fichier intact</translation>
    </message>
</context>
<context>
    <name>mathakine::CheckResultsModel</name>
    <message>
        <source> (non-critical)</source>
        <translation> (non critique)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n vérification</numerusform>
            <numerusform>%n vérifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>mathakine::ConfirmRunDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer&#x202f;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (%3):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt; (%3)&#x202f;:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Production database.&lt;/b&gt;&lt;/span&gt; Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Base de données de production.&lt;/b&gt;&lt;/span&gt; Saisissez le nom de la base de données &lt;b&gt;%1&lt;/b&gt; pour confirmer.</translation>
    </message>
    <message>
        <source>Emergency: run although the gate is not met (the reason is audited)</source>
        <translation>Urgence&#x202f;: exécuter bien que le contrôle de mise en production ne soit pas satisfait (le motif est journalisé)</translation>
    </message>
    <message>
        <source>Reason for the override, at least %1 characters</source>
        <translation>Motif du passage outre, au moins %1 caractères</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <source>Pre-flight found problems: the run will probably fail until they are fixed.</source>
        <translation>La vérification préalable a trouvé des problèmes&#x202f;: l&apos;exécution échouera probablement tant qu&apos;ils ne seront pas corrigés.</translation>
    </message>
    <message>
        <source>Production gate</source>
        <translation>Contrôle de mise en production</translation>
    </message>
    <message>
        <source>Pre-flight check not run for this action.</source>
        <translation>Pas de vérification préalable pour cette action.</translation>
    </message>
</context>
<context>
    <name>mathakine::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Use a local sandbox (demo database)</source>
        <translation>Utiliser un bac à sable local (base de démonstration)</translation>
    </message>
    <message>
        <source>Paste a postgresql:// URL and press Enter</source>
        <translation>Collez une URL postgresql:// et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Remember the password (keyring, else ~/.pgpass — never the settings file)</source>
        <translation>Mémoriser le mot de passe (trousseau de clés, sinon ~/.pgpass — jamais le fichier de paramètres)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Chiffrement TLS (sslmode)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Fill from DATABASE_URL</source>
        <translation>Remplir depuis DATABASE_URL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No saved connection yet. Fill in the form, paste a URL, or try the local sandbox.</source>
        <translation>Aucune connexion enregistrée pour l&apos;instant. Remplissez le formulaire, collez une URL ou essayez le bac à sable local.</translation>
    </message>
    <message>
        <source>URL read: %1</source>
        <translation>URL lue&#x202f;: %1</translation>
    </message>
    <message>
        <source>A profile needs a name and a database.</source>
        <translation>Un profil doit avoir un nom et une base de données.</translation>
    </message>
    <message>
        <source> Password saved in %1.</source>
        <translation> Mot de passe enregistré dans %1.</translation>
    </message>
    <message>
        <source> The password could not be saved anywhere; it will be asked again.</source>
        <translation> Le mot de passe n&apos;a pu être enregistré nulle part&#x202f;; il sera redemandé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation>Profil supprimé.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, database %2 as %3.</source>
        <translation>Connecté&#x202f;: PostgreSQL %1, base de données %2 en tant que %3.</translation>
    </message>
    <message>
        <source>Starting the local sandbox (a private PostgreSQL with the Mathakine demo data)…</source>
        <translation>Démarrage du bac à sable local (un PostgreSQL privé avec les données de démonstration de Mathakine)…</translation>
    </message>
    <message>
        <source>Sandbox running. Press Connect.</source>
        <translation>Bac à sable démarré. Cliquez sur Se connecter.</translation>
    </message>
    <message>
        <source>Pre-flight: every privilege an upgrade to head needs is held.</source>
        <translation>Vérification préalable&#x202f;: tous les privilèges nécessaires à une mise à jour jusqu&apos;à la dernière version sont détenus.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; read: %2</source>
        <translation>Service «&#xa0;%1&#xa0;» lu&#x202f;: %2</translation>
    </message>
    <message>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS si le serveur le propose</translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation>disable — sans TLS</translation>
    </message>
    <message>
        <source>allow — TLS only when the server requires it</source>
        <translation>allow — TLS seulement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>require — TLS, certificate not checked</source>
        <translation>require — TLS, certificat non vérifié</translation>
    </message>
    <message>
        <source>verify-ca — TLS, certificate from a trusted authority</source>
        <translation>verify-ca — TLS, certificat d&apos;une autorité de confiance</translation>
    </message>
    <message>
        <source>verify-full — TLS, certificate and host name checked</source>
        <translation>verify-full — TLS, certificat et nom d&apos;hôte vérifiés</translation>
    </message>
</context>
<context>
    <name>mathakine::ConnectionHeader</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 sur %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>locked by %1</source>
        <translation>verrou détenu par %1</translation>
    </message>
    <message>
        <source>MAINTENANCE: %1</source>
        <translation>MAINTENANCE&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mathakine::DatabaseActions</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Computing the reconcile script…</source>
        <translation>Calcul du script de réconciliation…</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Réconcilier</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), then migrations up to %1 recorded as applied.</source>
        <translation>
            <numerusform>%n instruction, puis les migrations jusqu&apos;à %1 enregistrées comme appliquées.</numerusform>
            <numerusform>%n instructions, puis les migrations jusqu&apos;à %1 enregistrées comme appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Réconciliation…</translation>
    </message>
    <message>
        <source>Canceled; nothing was recorded.</source>
        <translation>Annulé&#x202f;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Generate a migration from a database</source>
        <translation>Générer une migration depuis une base</translation>
    </message>
    <message>
        <source>Reference database (URL):</source>
        <translation>Base de référence (URL)&#x202f;:</translation>
    </message>
    <message>
        <source>Title (French):</source>
        <translation>Titre (français)&#x202f;:</translation>
    </message>
    <message>
        <source>Title (English, optional):</source>
        <translation>Titre (anglais, facultatif)&#x202f;:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Give the URL of the reference database.</source>
        <translation>Donnez l&apos;URL de la base de référence.</translation>
    </message>
    <message>
        <source>Generating the migration…</source>
        <translation>Génération de la migration…</translation>
    </message>
    <message>
        <source>Canceled; no file was written.</source>
        <translation>Annulé&#x202f;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>mathakine::ExportDialog</name>
    <message>
        <source>Export for Alembic / SQLAlchemy</source>
        <translation>Exporter pour Alembic / SQLAlchemy</translation>
    </message>
    <message>
        <source>Alembic project: one revision per migration, plus env.py and alembic.ini when missing</source>
        <translation>Projet Alembic&#x202f;: une révision par migration, plus env.py et alembic.ini s&apos;ils manquent</translation>
    </message>
    <message>
        <source>SQLAlchemy models of the expected schema at head (one module per table)</source>
        <translation>Modèles SQLAlchemy du schéma attendu à la dernière version (un module par table)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#x202f;:</translation>
    </message>
    <message>
        <source>Existing files of the export are replaced; nothing is half-written.</source>
        <translation>Les fichiers existants de l&apos;export sont remplacés&#x202f;; rien n&apos;est écrit à moitié.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>The migrations folder has errors: %1</source>
        <translation>Le dossier des migrations contient des erreurs&#x202f;: %1</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
</context>
<context>
    <name>mathakine::GuideWindow</name>
    <message>
        <source>User guide (in French)</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The guide is not part of this build.</source>
        <translation>Le guide n&apos;est pas inclus dans cette version du programme.</translation>
    </message>
</context>
<context>
    <name>mathakine::LogView</name>
    <message>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>Ouvrir le fichier journal</translation>
    </message>
    <message>
        <source>No line at this level yet.</source>
        <translation>Aucune ligne à ce niveau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No line matches “%1” at this level.</source>
        <translation>Aucune ligne ne contient «&#xa0;%1&#xa0;» à ce niveau.</translation>
    </message>
</context>
<context>
    <name>mathakine::MainWindow</name>
    <message>
        <source>Mathakine Admin</source>
        <translation>Mathakine Admin</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Lecture de la base de données…</translation>
    </message>
    <message>
        <source>About Mathakine Admin</source>
        <translation>À propos de Mathakine Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mathakine Admin %1&lt;/b&gt;&lt;p&gt;Apply, inspect and validate the Mathakine database migrations.&lt;/p&gt;&lt;p&gt;Log file: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mathakine Admin %1&lt;/b&gt;&lt;p&gt;Applique, inspecte et valide les migrations de la base de données Mathakine.&lt;/p&gt;&lt;p&gt;Fichier journal&#x202f;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1  Preparation</source>
        <translation>1  Préparation</translation>
    </message>
    <message>
        <source>2  Migrations</source>
        <translation>2  Migrations</translation>
    </message>
    <message>
        <source>3  Schema</source>
        <translation>3  Schéma</translation>
    </message>
    <message>
        <source>4  Validation</source>
        <translation>4  Validation</translation>
    </message>
    <message>
        <source>5  Journal</source>
        <translation>5  Journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rafraîchir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Task in progress</source>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, or cancel it first.</source>
        <translation>Attendez la fin de la tâche en cours, ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Verified backup of the connected database (step 1)</source>
        <translation>Sauvegarde vérifiée de la base connectée (étape 1)</translation>
    </message>
    <message>
        <source>Upgrade to head</source>
        <translation>Mettre à jour vers la dernière version</translation>
    </message>
    <message>
        <source>Pre-flight, confirmation, then every pending migration (step 2)</source>
        <translation>Vérification préalable, confirmation, puis toutes les migrations en attente (étape 2)</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Run the validation plan on the connected database (step 4)</source>
        <translation>Exécuter le plan de validation sur la base connectée (étape 4)</translation>
    </message>
    <message>
        <source>Database not read</source>
        <translation>Base de données non lue</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Connectez-vous d&apos;abord à une base de données.</translation>
    </message>
    <message>
        <source>Database read at %1</source>
        <translation>Base lue à %1</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationDetailsView</name>
    <message>
        <source>The file of this migration is missing.</source>
        <translation>Le fichier de cette migration est absent.</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Contrôle des migrations (%1)</translation>
    </message>
    <message>
        <source>Select a migration</source>
        <translation>Sélectionnez une migration</translation>
    </message>
    <message>
        <source>Up (apply)</source>
        <translation>SQL d&apos;application</translation>
    </message>
    <message>
        <source>Down (revert)</source>
        <translation>SQL de retour arrière</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>No lint finding: this migration follows every rule.</source>
        <translation>Aucune remarque de l&apos;analyse&#x202f;: cette migration respecte toutes les règles.</translation>
    </message>
    <message>
        <source>Choose one in the timeline to see its SQL and its lint findings.</source>
        <translation>Choisissez-en une dans la chronologie pour voir son SQL et les remarques de l&apos;analyse.</translation>
    </message>
    <message>
        <source>Run record</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>This migration has no down section: it cannot be reverted.</source>
        <translation>Cette migration ne dit pas comment revenir en arrière&#x202f;: elle ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationTimelineDelegate</name>
    <message>
        <source>lint %1</source>
        <translation>lint %1</translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationTimelineModel</name>
    <message>
        <source>Not applied to this database yet</source>
        <translation>Pas encore appliquée à cette base de données</translation>
    </message>
    <message>
        <source>Failed %1 at statement %2: %3</source>
        <translation>Échec le %1 à l&apos;instruction %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Marked as applied %1 by %2 (not run)</source>
        <translation>Marquée comme appliquée le %1 par %2 (non exécutée)</translation>
    </message>
    <message>
        <source>Applied %1 by %2 (%3) in %4 ms</source>
        <translation>Appliquée le %1 par %2 (%3) en %4 ms</translation>
    </message>
    <message>
        <source>Recorded as applied %1 by %2 (reconcile)</source>
        <translation>Enregistrée comme appliquée le %1 par %2 (réconciliation)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mathakine::MigrationsPage</name>
    <message>
        <source>The migrations folder has errors: %1</source>
        <translation>Le dossier des migrations contient des erreurs&#x202f;: %1</translation>
    </message>
    <message>
        <source>Upgrade to head</source>
        <translation>Mettre à jour vers la dernière version</translation>
    </message>
    <message>
        <source>Upgrade to here</source>
        <translation>Mettre à jour jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Downgrade to here</source>
        <translation>Revenir à cette version</translation>
    </message>
    <message>
        <source>Mark as applied</source>
        <translation>Marquer comme appliquée</translation>
    </message>
    <message>
        <source>Record every migration up to %1 as applied without running it. The database must already have what they create.</source>
        <translation>Enregistrer chaque migration jusqu&apos;à %1 comme appliquée, sans l&apos;exécuter. La base de données doit déjà contenir ce qu&apos;elles créent.</translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at the target.</source>
        <translation>Rien à faire&#x202f;: la base de données est déjà à la version cible.</translation>
    </message>
    <message>
        <source>Migration %1/%2 (%3), statement %4/%5</source>
        <translation>Migration %1/%2 (%3), instruction %4/%5</translation>
    </message>
    <message>
        <source>within the 5-minute budget</source>
        <translation>dans le budget de 5 minutes</translation>
    </message>
    <message>
        <source>OVER the 5-minute budget</source>
        <translation>AU-DELÀ du budget de 5 minutes</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) done in %1 s, %2.</source>
        <translation>
            <numerusform>%n migration effectuée en %1 s, %2.</numerusform>
            <numerusform>%n migrations effectuées en %1 s, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled: the migration in progress was rolled back.</source>
        <translation>Annulé&#x202f;: la migration en cours a été annulée (rollback).</translation>
    </message>
    <message>
        <source>-- Nothing to do: the database is already at %1.</source>
        <translation>-- Rien à faire&#x202f;: la base de données est déjà à la version %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <source>Preview SQL (dry run)</source>
        <translation>Aperçu du SQL (simulation)</translation>
    </message>
    <message>
        <source>Apply every pending migration (Ctrl+U)</source>
        <translation>Appliquer toutes les migrations en attente (Ctrl+U)</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Raison (conservée dans le journal d&apos;audit)&#x202f;:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <source>Ways out of a failed migration, each with its SQL previewed</source>
        <translation>Issues d&apos;une migration en échec, chacune avec l&apos;aperçu de son SQL</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Last resort: put the verified backup this run relied on back in place of the database</source>
        <translation>Dernier recours&#x202f;: remettre à la place de la base actuelle la sauvegarde vérifiée sur laquelle reposait cette exécution</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>New migration…</source>
        <translation>Nouvelle migration…</translation>
    </message>
    <message>
        <source>Write the next migration file from a template</source>
        <translation>Écrire le fichier de la migration suivante à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Export for Alembic / SQLAlchemy…</source>
        <translation>Exporter pour Alembic / SQLAlchemy…</translation>
    </message>
    <message>
        <source>The migrations as Alembic revisions, or the expected schema as SQLAlchemy models, for the Python backend</source>
        <translation>Les migrations en révisions Alembic, ou le schéma attendu en modèles SQLAlchemy, pour le backend Python</translation>
    </message>
    <message>
        <source>Generate from a database…</source>
        <translation>Générer depuis une base…</translation>
    </message>
    <message>
        <source>Write the next migration from the differences between the expected schema at head and another database</source>
        <translation>Écrire la migration suivante à partir des différences entre le schéma attendu à la dernière version et une autre base</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Connectez-vous d&apos;abord à une base de données.</translation>
    </message>
    <message>
        <source>Wait for the task in progress to finish.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <source>Select a migration in the timeline first.</source>
        <translation>Sélectionnez d&apos;abord une migration dans la chronologie.</translation>
    </message>
    <message>
        <source>%1 is already recorded as applied.</source>
        <translation>%1 est déjà enregistrée comme appliquée.</translation>
    </message>
    <message>
        <source>The file of %1 is missing.</source>
        <translation>Le fichier de %1 est introuvable.</translation>
    </message>
    <message>
        <source>No pending migration: the database is up to date.</source>
        <translation>Aucune migration en attente&#x202f;: la base de données est à jour.</translation>
    </message>
    <message>
        <source>%1 is already applied: nothing to upgrade.</source>
        <translation>%1 est déjà appliquée&#x202f;: rien à mettre à jour.</translation>
    </message>
    <message>
        <source>The database is already at version %1.</source>
        <translation>La base de données est déjà à la version %1.</translation>
    </message>
    <message>
        <source>%1 is not applied: the database is below it, there is nothing to revert.</source>
        <translation>%1 n&apos;est pas appliquée&#x202f;: la base de données est en dessous, il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Apply the pending migrations up to the selected one</source>
        <translation>Appliquer les migrations en attente jusqu&apos;à celle sélectionnée</translation>
    </message>
    <message>
        <source>Revert the migrations above the selected one, newest first</source>
        <translation>Annuler les migrations au-dessus de celle sélectionnée, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Record the migrations up to the selected one as applied without running them</source>
        <translation>Enregistrer les migrations jusqu&apos;à celle sélectionnée comme appliquées, sans les exécuter</translation>
    </message>
    <message>
        <source>New file %1: write its up and down sections in your editor, then refresh (F5).</source>
        <translation>Nouveau fichier %1&#x202f;: écrivez ses sections up et down dans votre éditeur, puis actualisez (F5).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written: %1</source>
        <translation>
            <numerusform>%n fichier écrit&#x202f;: %1</numerusform>
            <numerusform>%n fichiers écrits&#x202f;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mathakine::NewMigrationDialog</name>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>Writes %1 in %2 with the header filled in and empty up and down sections to complete.</source>
        <translation>Écrit %1 dans %2, avec l&apos;en-tête rempli et des sections up et down vides à compléter.</translation>
    </message>
    <message>
        <source>Not transactional (CREATE INDEX CONCURRENTLY: each statement commits on its own)</source>
        <translation>Non transactionnelle (CREATE INDEX CONCURRENTLY&#x202f;: chaque instruction est validée seule)</translation>
    </message>
    <message>
        <source>Title (French):</source>
        <translation>Titre (français)&#x202f;:</translation>
    </message>
    <message>
        <source>Title (English, optional):</source>
        <translation>Titre (anglais, facultatif)&#x202f;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>mathakine::PdfPreviewDialog</name>
    <message>
        <source>Report preview — %1</source>
        <translation>Aperçu du rapport — %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
</context>
<context>
    <name>mathakine::PerformanceChartView</name>
    <message>
        <source>%1
client: p50 %2, p95 %3, p99 %4, max %5, mean %6
server: p50 %7, p95 %8
p95 budget: %9</source>
        <translation>%1
client&#x202f;: p50 %2, p95 %3, p99 %4, max %5, moyenne %6
serveur&#x202f;: p50 %7, p95 %8
budget p95&#x202f;: %9</translation>
    </message>
</context>
<context>
    <name>mathakine::PreparationPage</name>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Restauration dans %1</translation>
    </message>
    <message>
        <source>Cloning into %1</source>
        <translation>Copie vers %1</translation>
    </message>
    <message>
        <source>Backup canceled: no file was kept.</source>
        <translation>Sauvegarde annulée&#x202f;: aucun fichier n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Restore canceled: no partial database was kept.</source>
        <translation>Restauration annulée&#x202f;: aucune base partielle n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Clone canceled: no partial copy was kept.</source>
        <translation>Copie annulée&#x202f;: aucune copie partielle n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 in %3).</source>
        <translation>Sauvegarde écrite et vérifiée&#x202f;: %1 (%2 en %3).</translation>
    </message>
    <message>
        <source>The restored copy matches the backup.</source>
        <translation>La copie restaurée correspond à la sauvegarde.</translation>
    </message>
    <message>
        <source>The restored copy differs from the backup: see below.</source>
        <translation>La copie restaurée diffère de la sauvegarde&#x202f;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>Test copy ready: database %1, profile &quot;%2&quot; tagged test.</source>
        <translation>Copie de test prête&#x202f;: base %1, profil «&#xa0;%2&#xa0;» de type test.</translation>
    </message>
    <message>
        <source>Reading the list of tables…</source>
        <translation>Lecture de la liste des tables…</translation>
    </message>
    <message>
        <source>Table %1/%2: %3 (%4 written)</source>
        <translation>Table %1/%2&#x202f;: %3 (%4 écrits)</translation>
    </message>
    <message>
        <source>Recording the backup…</source>
        <translation>Enregistrement de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the dump…</source>
        <translation>Vérification du dump…</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Création de la base…</translation>
    </message>
    <message>
        <source>Table %1/%2: %3</source>
        <translation>Table %1/%2&#x202f;: %3</translation>
    </message>
    <message>
        <source>Counting the rows of every table…</source>
        <translation>Comptage des lignes de chaque table…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore into a test database…</source>
        <translation>Restaurer dans une base de test…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a new database on the connected server</source>
        <translation>Restaurer la sauvegarde sélectionnée dans une nouvelle base du serveur connecté</translation>
    </message>
    <message>
        <source>Clone into test…</source>
        <translation>Copier vers un environnement de test…</translation>
    </message>
    <message>
        <source>Back up the connected database and restore it into a new database with a test profile</source>
        <translation>Sauvegarder la base connectée et la restaurer dans une nouvelle base avec un profil de test</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Connect to &quot;%1&quot;</source>
        <translation>Se connecter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Backups in %1. Those of the connected database come first, in bold.</source>
        <translation>Sauvegardes dans %1. Celles de la base connectée sont en tête, en gras.</translation>
    </message>
    <message>
        <source>Verifying: pg_restore reads the whole dump back (%1)…</source>
        <translation>Vérification&#x202f;: pg_restore relit le dump en entier (%1)…</translation>
    </message>
    <message>
        <source>pg_dump of the connected database, read back whole by pg_restore before it is kept</source>
        <translation>pg_dump de la base connectée, relu en entier par pg_restore avant d&apos;être conservé</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source>The file of this backup is missing or changed: it cannot be restored.</source>
        <translation>Le fichier de cette sauvegarde est absent ou modifié&#x202f;: elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Connect to a database (File &gt; Connections…, Ctrl+K) to back it up.</source>
        <translation>Connectez-vous à une base de données (Fichier › Connexions…, Ctrl+K) pour la sauvegarder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No backup of %1 yet.&lt;/b&gt; Back it up now, before any migration.</source>
        <translation>&lt;b&gt;Aucune sauvegarde de %1 pour l&apos;instant.&lt;/b&gt; Sauvegardez-la maintenant, avant toute migration.</translation>
    </message>
</context>
<context>
    <name>mathakine::QueryPlansView</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Expected indexes: %1</source>
        <translation>Index attendus&#x202f;: %1</translation>
    </message>
    <message>
        <source>Indexes used by the plan: %1</source>
        <translation>Index utilisés par le plan&#x202f;: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Paramètres&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mathakine::ReconcileDialog</name>
    <message>
        <source>Reconcile with version %1</source>
        <translation>Réconcilier avec la version %1</translation>
    </message>
    <message>
        <source>The script below brings &lt;b&gt;%1&lt;/b&gt; to the expected schema of version %2 without losing data: it adds what is missing, drops and renames nothing, then records the migrations up to %2 as applied.</source>
        <translation>Le script ci-dessous amène &lt;b&gt;%1&lt;/b&gt; au schéma attendu de la version %2 sans perdre de données&#x202f;: il ajoute ce qui manque, ne supprime et ne renomme rien, puis enregistre les migrations jusqu&apos;à %2 comme appliquées.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) need a person first (listed at the end, with the rows that block them).</source>
        <translation>
            <numerusform>%n différence demande d&apos;abord une personne (listée à la fin, avec les lignes qui la bloquent).</numerusform>
            <numerusform>%n différences demandent d&apos;abord une personne (listées à la fin, avec les lignes qui les bloquent).</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Reconcile…</source>
        <translation>Réconcilier…</translation>
    </message>
</context>
<context>
    <name>mathakine::RecoveryActions</name>
    <message>
        <source>no expected snapshot to compare its objects with.</source>
        <translation>aucun instantané attendu auquel comparer ses objets.</translation>
    </message>
    <message>
        <source>its objects match the expected snapshot.</source>
        <translation>ses objets correspondent à l&apos;instantané attendu.</translation>
    </message>
    <message>
        <source>its objects still differ from the expected snapshot:
%1</source>
        <translation>ses objets diffèrent encore de l&apos;instantané attendu&#x202f;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Repair &quot;%1&quot; of %2 done (%n statement(s), recorded in the audit log); %3</source>
        <translation>
            <numerusform>Réparation «&#xa0;%1&#xa0;» de %2 effectuée (%n instruction, consignée dans le journal d&apos;audit)&#x202f;; %3</numerusform>
            <numerusform>Réparation «&#xa0;%1&#xa0;» de %2 effectuée (%n instructions, consignées dans le journal d&apos;audit)&#x202f;; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified backup this run relied on: %1
(&quot;Restore this backup&quot; puts it back in place of the database.)</source>
        <translation>Sauvegarde vérifiée sur laquelle reposait cette exécution&#x202f;: %1
(«&#xa0;Restaurer cette sauvegarde&#xa0;» la remet à la place de la base actuelle.)</translation>
    </message>
    <message>
        <source>Checks after this step:</source>
        <translation>Contrôles après cette étape&#x202f;:</translation>
    </message>
    <message>
        <source>What the failed run left:</source>
        <translation>Ce que l&apos;exécution en échec a laissé&#x202f;:</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Last resort: database %1 is replaced by backup %2. The backup is restored beside it first and its row counts checked; then, under maintenance mode, the sessions on %1 are ended and the databases swapped. The current one is kept as %1_before_restore_… until you drop it.

Type the database name to confirm:</source>
        <translation>Dernier recours&#x202f;: la base %1 est remplacée par la sauvegarde %2. La sauvegarde est d&apos;abord restaurée à côté et ses nombres de lignes vérifiés&#x202f;; puis, en mode maintenance, les sessions sur %1 sont terminées et les bases échangées. L&apos;actuelle est conservée sous le nom %1_before_restore_… jusqu&apos;à ce que vous la supprimiez.

Tapez le nom de la base pour confirmer&#x202f;:</translation>
    </message>
    <message>
        <source>Database %1 restored from %2; the previous one is kept as %3 (drop it once checked).</source>
        <translation>Base %1 restaurée depuis %2&#x202f;; la précédente est conservée sous le nom %3 (supprimez-la après vérification).</translation>
    </message>
</context>
<context>
    <name>mathakine::RepairDialog</name>
    <message>
        <source>Repair migration %1</source>
        <translation>Réparer la migration %1</translation>
    </message>
    <message>
        <source>Migration %1 is recorded as failed. Choose a way out: each one shows the SQL it runs and what it leaves; nothing runs before you apply it, and the choice is kept in the audit log with its SQL.</source>
        <translation>La migration %1 est enregistrée en échec. Choisissez une issue&#x202f;: chacune montre le SQL qu&apos;elle exécute et ce qu&apos;elle laisse&#x202f;; rien ne s&apos;exécute avant que vous l&apos;appliquiez, et le choix est consigné dans le journal d&apos;audit avec son SQL.</translation>
    </message>
    <message>
        <source>SQL it runs:</source>
        <translation>SQL exécuté&#x202f;:</translation>
    </message>
    <message>
        <source>Differences it would leave on the migration&apos;s objects if it succeeds:</source>
        <translation>Écarts qu&apos;elle laisserait sur les objets de la migration si elle réussit&#x202f;:</translation>
    </message>
    <message>
        <source>Apply this repair</source>
        <translation>Appliquer cette réparation</translation>
    </message>
    <message>
        <source>Possible now.</source>
        <translation>Possible maintenant.</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Impossible&#x202f;: %1</translation>
    </message>
    <message>
        <source>-- No statement: only the history changes.</source>
        <translation>-- Aucune instruction&#x202f;: seul l&apos;historique change.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Unknown: no expected snapshot at %1.</source>
        <translation>Inconnus&#x202f;: pas d&apos;instantané attendu à %1.</translation>
    </message>
    <message>
        <source>None: its objects would match the expected snapshot at %1.</source>
        <translation>Aucun&#x202f;: ses objets correspondraient à l&apos;instantané attendu à %1.</translation>
    </message>
    <message>
        <source>Against the expected snapshot at %1:</source>
        <translation>Par rapport à l&apos;instantané attendu à %1&#x202f;:</translation>
    </message>
</context>
<context>
    <name>mathakine::RestoreReportView</name>
    <message>
        <source>Restored into database &lt;b&gt;%1&lt;/b&gt; in %2.</source>
        <translation>Restaurée dans la base &lt;b&gt;%1&lt;/b&gt; en %2.</translation>
    </message>
    <message>
        <source>No row counts were recorded for this backup: nothing to compare.</source>
        <translation>Aucun comptage de lignes n&apos;a été enregistré pour cette sauvegarde&#x202f;: rien à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Identical row counts for %n table(s).</source>
        <translation>
            <numerusform>Nombre de lignes identique pour %n table.</numerusform>
            <numerusform>Nombres de lignes identiques pour %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ from the backup:</source>
        <translation>
            <numerusform>%n table diffère de la sauvegarde&#x202f;:</numerusform>
            <numerusform>%n tables diffèrent de la sauvegarde&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1: %2 rows in the backup, %3 restored</source>
        <translation>%1&#x202f;: %2 lignes dans la sauvegarde, %3 restaurées</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mathakine::SchemaPage</name>
    <message>
        <source>Database version (%1)</source>
        <translation>Version de la base (%1)</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Reading the actual schema…</source>
        <translation>Lecture du schéma réel…</translation>
    </message>
    <message>
        <source>No difference: the database matches the expected schema of version %1.</source>
        <translation>Aucune différence&#x202f;: la base correspond au schéma attendu de la version %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with the expected schema of version %1.</source>
        <translation>
            <numerusform>%n différence avec le schéma attendu de la version %1.</numerusform>
            <numerusform>%n différences avec le schéma attendu de la version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 notice(s).</source>
        <translation>Erreurs&#x202f;: %1, avertissements&#x202f;: %2, remarques&#x202f;: %3.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>Search tables, columns, indexes…</source>
        <translation>Rechercher tables, colonnes, index…</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) kept on purpose by reconcile (column order) not counted.</source>
        <translation>
            <numerusform>%n différence gardée exprès par la réconciliation (ordre des colonnes) n&apos;est pas comptée.</numerusform>
            <numerusform>%n différences gardées exprès par la réconciliation (ordre des colonnes) ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see what differs and the SQL that fixes it.</source>
        <translation>Sélectionnez une ligne pour voir ce qui diffère et le SQL qui le corrige.</translation>
    </message>
    <message>
        <source>No difference on this row.</source>
        <translation>Aucune différence sur cette ligne.</translation>
    </message>
    <message>
        <source>No safe fix: review this difference by hand.</source>
        <translation>Pas de correction sûre&#x202f;: examinez cette différence à la main.</translation>
    </message>
    <message>
        <source>Reconcile…</source>
        <translation>Réconcilier…</translation>
    </message>
    <message>
        <source>Bring the database to the expected schema of the chosen version without losing data, then record the migrations as applied</source>
        <translation>Amener la base au schéma attendu de la version choisie sans perdre de données, puis enregistrer les migrations comme appliquées</translation>
    </message>
    <message>
        <source>Copy the SQL</source>
        <translation>Copier le SQL</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Légende&#x202f;:</translation>
    </message>
    <message>
        <source>expected, absent from the database</source>
        <translation>attendu, absent de la base</translation>
    </message>
    <message>
        <source>in the database, not expected</source>
        <translation>dans la base, non attendu</translation>
    </message>
    <message>
        <source>present, but not as expected</source>
        <translation>présent, mais pas comme attendu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mathakine::SchemaTreeModel</name>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>foreign key %1</source>
        <translation>clé étrangère %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>inattendu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>mathakine::SeedDataButton</name>
    <message>
        <source>Seeding test data into %1</source>
        <translation>Peuplement de %1 avec des données de test</translation>
    </message>
    <message>
        <source>%1 rows of test data inserted.</source>
        <translation>%1 lignes de données de test insérées.</translation>
    </message>
    <message>
        <source>Seeding canceled: nothing was inserted.</source>
        <translation>Peuplement annulé&#x202f;: rien n&apos;a été inséré.</translation>
    </message>
    <message>
        <source>Seed test data and validate again</source>
        <translation>Peupler avec des données de test et revalider</translation>
    </message>
    <message>
        <source>Fills the empty tables of this test database with synthetic data (as mathakine-admin seed, smaller), then runs the validation again</source>
        <translation>Remplit les tables vides de cette base de test avec des données synthétiques (comme mathakine-admin seed, en plus petit), puis relance la validation</translation>
    </message>
</context>
<context>
    <name>mathakine::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>mathakine::SqlPreviewDialog</name>
    <message>
        <source>SQL that would run (dry run — nothing is changed)</source>
        <translation>SQL qui serait exécuté (simulation — rien n&apos;est modifié)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>mathakine::TaskProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>mathakine::TestCopyDialog</name>
    <message>
        <source>Clone into a test database</source>
        <translation>Copier dans une base de test</translation>
    </message>
    <message>
        <source>Restore into a test database</source>
        <translation>Restaurer dans une base de test</translation>
    </message>
    <message>
        <source>Back up &lt;b&gt;%1&lt;/b&gt;, restore it into a new database on the same server and save a profile tagged test for the copy.</source>
        <translation>Sauvegarder &lt;b&gt;%1&lt;/b&gt;, la restaurer dans une nouvelle base du même serveur et enregistrer un profil de type test pour la copie.</translation>
    </message>
    <message>
        <source>Restore &lt;b&gt;%1&lt;/b&gt; into a new database on the connected server, then compare its row counts with the backup.</source>
        <translation>Restaurer &lt;b&gt;%1&lt;/b&gt; dans une nouvelle base du serveur connecté, puis comparer ses nombres de lignes avec la sauvegarde.</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nouvelle base&#x202f;:</translation>
    </message>
    <message>
        <source>Test profile:</source>
        <translation>Profil de test&#x202f;:</translation>
    </message>
    <message>
        <source>Replace the database if it already exists</source>
        <translation>Remplacer la base si elle existe déjà</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>mathakine::ValidationPage</name>
    <message>
        <source>Validation of %1</source>
        <translation>Validation de %1</translation>
    </message>
    <message>
        <source>Validation canceled: its test transactions were rolled back.</source>
        <translation>Validation annulée&#x202f;: ses transactions de test ont été annulées.</translation>
    </message>
    <message>
        <source>no migration applied</source>
        <translation>aucune migration appliquée</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n past report(s)</source>
        <translation>
            <numerusform>%n rapport précédent</numerusform>
            <numerusform>%n rapports précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived report: %1</source>
        <translation>Rapport archivé&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>PDF written: %1 (%n page(s)); archived beside its JSON.</source>
        <translation>
            <numerusform>PDF écrit&#x202f;: %1 (%n page)&#x202f;; classé avec son rapport JSON.</numerusform>
            <numerusform>PDF écrit&#x202f;: %1 (%n pages)&#x202f;; classé avec son rapport JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Run validation</source>
        <translation>Lancer la validation</translation>
    </message>
    <message>
        <source>Checks, smoke tests (rolled back) and benchmark on the connected database (Ctrl+R)</source>
        <translation>Vérifications, tests de bon fonctionnement (annulés) et mesure des performances sur la base connectée (Ctrl+R)</translation>
    </message>
    <message>
        <source>Timed runs per query:</source>
        <translation>Exécutions mesurées par requête&#x202f;:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Open reports folder</source>
        <translation>Ouvrir le dossier des rapports</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#x202f;:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Query plans (EXPLAIN)</source>
        <translation>Plans des requêtes (EXPLAIN)</translation>
    </message>
    <message>
        <source>No validation yet: run one on a test copy of the database, or open a past report.</source>
        <translation>Aucune validation pour l&apos;instant&#x202f;: lancez-en une sur une copie de test de la base, ou ouvrez un rapport précédent.</translation>
    </message>
    <message>
        <source>as in the plan</source>
        <translation>selon le plan</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt; color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3, %4 (%5) — %6, in %7</source>
        <translation>&lt;span style=&apos;font-size:15pt; color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; — %3, %4 (%5) — %6, en %7</translation>
    </message>
    <message>
        <source>Validation in progress…</source>
        <translation>Validation en cours…</translation>
    </message>
    <message>
        <source>Run a validation or open a past report first.</source>
        <translation>Lancez d&apos;abord une validation, ou ouvrez un rapport précédent.</translation>
    </message>
</context>
<context>
    <name>mathakine::WaitingSessionsPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The migration&apos;s statement is canceled once a session has waited %1 s (--max-app-wait).</source>
        <translation>L&apos;instruction de la migration est annulée dès qu&apos;une session a attendu %1&#xa0;s (--max-app-wait).</translation>
    </message>
    <message>
        <source>No application session waits behind the migration.</source>
        <translation>Aucune session applicative n&apos;attend derrière la migration.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) waiting behind the migration.</source>
        <translation>
            <numerusform>%n session en attente derrière la migration.</numerusform>
            <numerusform>%n sessions en attente derrière la migration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting sessions</source>
        <translation>Sessions en attente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Application (user)</source>
        <translation>Application (utilisateur)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
</context>
</TS>
