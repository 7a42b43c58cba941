#pragma once

#include <QStringList>

// Checks of French text for the tests (issue 17 items 2 and 3): over the .ts translations and
// over output captured from a French run (CLI, Journal, PDF text).
namespace testsupport {

// The typography mistakes in one French text, described for a failure message:
// - « guillemets » with a no-break space (U+00A0) inside, never "straight quotes" around words;
// - a narrow no-break space (U+202F) before : ; ? ! and before a percent sign;
// - one kind of apostrophe: the straight ' (the majority of the file), never ’;
// - no "(s)" plural hacks: %n messages have plural forms, others are worded without plurals;
// - decimal commas: no number written with a decimal point.
// Exceptions, all for text the user types or reads verbatim rather than French prose:
// - HTML tags (<span style='font-size:15pt; color:%1'>);
// - placeholders (%1, %L1, %n) are not percent signs;
// - punctuation followed by a letter or digit is not punctuation (12:30, ::, -- migrate:down,
// URLs);
// - a shell argument keeps its straight quotes: --override-gate "incident 42: hotfix";
// - an SQL statement ends with a bare ';': DROP DATABASE %1; (SELECT, DROP, ALTER, GRANT, CREATE,
// REVOKE);
// - inside « », a ':' ';' '?' '!' glued to a word is quoted text (« transactional: false »);
// - a punctuation sign quoted alone: « : »;
// - dotted numbers with three parts or more are versions or addresses (15.4.1, 127.0.0.1), and so
//   are the numbers after a program's name (PostgreSQL 15.18, pg_dump 15.18, 15.18-0+deb12u1);
// - a server message quoted verbatim (NOTICE: …, ERROR: …) is the server's own text.
QStringList typographyMistakes(const QString &text);

// The English words of the list below found in a French text, as whole words (case-insensitive),
// outside SQL and identifiers (snake_case, dotted names, --options): the words English leaks
// were made of (issue 17 item 2): checks, failed, warnings, worst, running, restored, …
QStringList englishWords(const QString &text);

}  // namespace testsupport
