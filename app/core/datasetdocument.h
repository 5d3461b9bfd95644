#pragma once

#include "dataset.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <optional>

namespace md {

class DatasetModel;
struct MergePlan;

// The open dataset as a document: its file, its unsaved state, the undo stack every edit goes through and
// a recovery copy of unsaved edits. It owns no widgets and asks nothing: the UI decides what to ask a person
// (save first? restore the recovered edits?) and calls in.
class DatasetDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDocument)

public:
    // `model` is the shared model; the document edits it and must not outlive it.
    explicit DatasetDocument(DatasetModel *model, QObject *parent = nullptr);
    ~DatasetDocument() override;

    DatasetModel *model() const { return m_model; }
    QUndoStack *undoStack() { return &m_stack; }
    QString filePath() const { return m_path; }
    QString displayName() const; // the file name, or the dataset's title, or "Untitled"
    bool isModified() const;

    // Replace the content; on failure the open data stays exactly as it was.
    void newDocument();
    Result<bool> open(const QString &path);
    void setContent(Dataset dataset, const QString &path); // data read elsewhere (the --data option)
    Result<bool> save();                                   // fails without a file path
    Result<bool> saveAs(const QString &path);

    // Undoable edits. Each is one undo step and returns false when the model refuses the value.
    bool setCell(int row, int column, const QVariant &value);
    bool addModel(ModelInfo model);
    bool removeModels(const QStringList &ids);
    bool addBenchmark(Benchmark benchmark);
    bool removeBenchmark(const QString &id);
    void replaceAll(Dataset dataset, const QString &description);

    // Bulk writes (an import, an eval run, the arena): each is one undo step however much it changes.
    // Sets `scores` (model id -> score; nullopt: not reported) on `benchmark`, adding the benchmark when it is
    // new and updating its record when it differs; other models keep their scores. False, and nothing
    // changes, when a model id is unknown or a value is outside the benchmark's range.
    bool setBenchmarkScores(Benchmark benchmark, QHash<QString, std::optional<Score>> scores,
                            const QString &description = {});
    // Replaces a model's price history (oldest first, no two entries on one date); false when the model is
    // unknown or the history is not in order.
    bool replacePriceHistory(const QString &modelId, std::vector<PriceEntry> prices, const QString &description = {});
    // Applies the ticked items of an import plan (DatasetMerge) to the models it touches.
    bool applyImport(const MergePlan &plan, const QString &description = {});

    // Recovery: a copy of unsaved edits in the application data folder, written shortly after each edit and
    // removed on save, on discard and on a clean close. One left over at start means the app did not end well.
    struct Recovery {
        QString filePath; // the file the edits belonged to, empty when it was never saved
        QDateTime saved;
        QString dataPath;
    };
    static std::optional<Recovery> pendingRecovery();
    Result<bool> restoreRecovery(const Recovery &recovery);
    static void discardRecovery();
    void writeRecoveryNow();

    // Recent files, newest first, remembered in QSettings.
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;

    // Names the file the current content belongs to (it was read elsewhere, e.g. by --data).
    void setPath(const QString &path);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setRestored(bool restored);
    static QString recoveryFolder();

    DatasetModel *m_model;
    QUndoStack m_stack;
    QString m_path;
    bool m_restored = false; // content came from a recovery copy: unsaved although the stack is clean
    bool m_wasModified = false;
    QTimer m_recoveryTimer;
};

} // namespace md
