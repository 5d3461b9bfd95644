#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Fails when a user-visible string in app/ has no translation: lupdate reads the sources into a
// temporary copy of each committed .ts file (the source tree is never written), then every entry
// that is new ("unfinished"), gone from the sources ("vanished"/"obsolete") or whose translation
// lost a placeholder or an accelerator is listed by context and text.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringTranslated_data();
    void everyStringTranslated();

private:
    struct Message {
        QString context;
        QString source;
        QString type;
        QStringList translations; // one, or the numerus forms
        bool numerus = false;
    };
    static QList<Message> readTs(const QString &path, QString *error);
    static QString problemOf(const Message &m);
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(MODELDESK_LUPDATE)), MODELDESK_LUPDATE);
}

void TestTranslations::everyStringTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("lupdateOptions");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{QStringLiteral("-target-language"), QStringLiteral("zh_CN")};
    // English is the source language; its file carries only the plural forms.
    QTest::addRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-source-language"),
                                       QStringLiteral("en"), QStringLiteral("-target-language"), QStringLiteral("en")};
}

void TestTranslations::everyStringTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, lupdateOptions);
    const QString source = QStringLiteral(MODELDESK_SOURCE_DIR "/translations/modeldesk_%1.ts").arg(language);
    const QString copy = m_dir.filePath(QFileInfo(source).fileName());
    QFile::remove(copy);
    QVERIFY2(QFile::copy(source, copy), qPrintable(source));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MODELDESK_LUPDATE),
                  QStringList{QStringLiteral("-locations"), QStringLiteral("none")} + lupdateOptions +
                      QStringList{QStringLiteral(MODELDESK_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (language != QLatin1String("en"))
        QVERIFY2(messages.size() > 50, "lupdate found almost no strings: is the source path right?");

    QStringList problems;
    for (const Message &m : messages) {
        const QString problem = problemOf(m);
        if (!problem.isEmpty())
            problems << QStringLiteral("  [%1] %2: \"%3\"").arg(m.context, problem, m.source);
    }
    if (!problems.isEmpty()) {
        const QString how =
            QStringLiteral("%1 string(s) of translations/modeldesk_%2.ts need work. Run `cmake --build build --target "
                           "update_translations`, translate them (Qt Linguist or an editor) and rebuild:\n%3")
                .arg(problems.size())
                .arg(language, problems.join(QLatin1Char('\n')));
        QFAIL(qPrintable(how));
    }
}

QString TestTranslations::problemOf(const Message &m)
{
    if (m.type == QLatin1String("unfinished"))
        return QStringLiteral("not translated");
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return QStringLiteral("no longer in the sources (remove it)");
    if (m.translations.isEmpty() ||
        std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); }))
        return QStringLiteral("empty translation");

    // Every %1..%99 and %n of the source must appear in each form of the translation.
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    auto placeholders = [](const QString &text) {
        QSet<QString> set;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            set.insert(it.next().captured().remove(QLatin1Char('L')));
        return set;
    };
    QSet<QString> expected = placeholders(m.source);
    for (const QString &t : m.translations) {
        QSet<QString> got = placeholders(t);
        // A language with one plural form may spell the number out and drop %n.
        if (m.numerus)
            got.insert(QStringLiteral("%n"));
        if (!got.contains(expected))
            return QStringLiteral("translation \"%1\" lost a placeholder").arg(t);
    }
    // A menu or label with a keyboard accelerator keeps one.
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^&\\s]"));
    if (accelerator.match(m.source).hasMatch()) {
        for (const QString &t : m.translations) {
            if (!accelerator.match(t).hasMatch())
                return QStringLiteral("translation \"%1\" lost the & accelerator").arg(t);
        }
    }
    return {};
}

QList<TestTranslations::Message> TestTranslations::readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> list;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            list << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return list;
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
