#include "ui/filedialogs.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

// Where the window's file dialogs start: the folder last used for that kind of file, else Documents.
class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().remove(key()); }
    void cleanupTestCase() { QSettings().remove(key()); }
    void nothingRemembered_startsInDocuments();
    void remembered_startsThere();
    void rememberedFolderGone_startsInDocuments();
    void startPath_keepsAbsolutePaths();

private:
    static QString key() { return QStringLiteral("test/lastDir"); }
    QTemporaryDir m_dir;
};

void TestFileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings in a test folder, never the person's
    QVERIFY(m_dir.isValid());
}

void TestFileDialogs::nothingRemembered_startsInDocuments()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!documents.isEmpty());
    QCOMPARE(FileDialogs::startFolder(key()), documents);
    QVERIFY(FileDialogs::startFolder(key()) != QDir::rootPath());
    QCOMPARE(FileDialogs::startPath(key(), QStringLiteral("dataset.json")),
             QDir(documents).filePath(QStringLiteral("dataset.json")));
    QCOMPARE(FileDialogs::startFolder(key(), QStandardPaths::PicturesLocation),
             QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
}

void TestFileDialogs::remembered_startsThere()
{
    FileDialogs::remember(key(), m_dir.filePath(QStringLiteral("trial.md")));
    QCOMPARE(FileDialogs::startFolder(key()), m_dir.path());
    QCOMPARE(FileDialogs::startPath(key(), QStringLiteral("trial.md")), m_dir.filePath(QStringLiteral("trial.md")));
}

void TestFileDialogs::rememberedFolderGone_startsInDocuments()
{
    FileDialogs::remember(key(), m_dir.filePath(QStringLiteral("gone/file.json")));
    QCOMPARE(FileDialogs::startFolder(key()), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void TestFileDialogs::startPath_keepsAbsolutePaths()
{
    FileDialogs::remember(key(), m_dir.filePath(QStringLiteral("x.json")));
    const QString absolute = QDir::temp().filePath(QStringLiteral("elsewhere/mine.json"));
    QCOMPARE(FileDialogs::startPath(key(), absolute), absolute);
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
