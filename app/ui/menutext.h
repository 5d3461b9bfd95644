#pragma once

#include <QChar>
#include <QString>

namespace md {

// What a menu entry's text says about its mnemonic: "&Export Data…" and "导出数据(&E)…" both have E.
namespace MenuText {

// The mnemonic letter, upper case; a null QChar when the text has none ("&&" is a literal ampersand).
QChar mnemonic(const QString &text);
// The text as a person reads it: no mnemonic marker, "(&E)" dropped, "&&" as "&".
QString plain(const QString &text);

} // namespace MenuText

} // namespace md
