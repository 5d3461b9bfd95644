#include "textworkloaddialog.h"

#include "core/bytesize.h"
#include "core/dataset.h"
#include "tokens/encoding.h"
#include "tokens/tokencount.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace md {

namespace {
constexpr qint64 MaxFileSize = 64 * MiB;
constexpr int MaxFolderFiles = 10'000;
} // namespace

TextWorkloadDialog::TextWorkloadDialog(QWidget *parent)
    : QDialog(parent)
    , m_input(new QPlainTextEdit(this))
    , m_output(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Workload from Text"));
    m_input->setObjectName(QStringLiteral("requestText"));
    m_input->setPlaceholderText(tr("Paste a typical request (system prompt, context and question), or open files"));
    m_output->setObjectName(QStringLiteral("answerText"));
    m_output->setPlaceholderText(tr("Optional: a typical answer"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    auto *openFiles = new QPushButton(tr("Open &Files…"), this);
    auto *openFolder = new QPushButton(tr("Open F&older…"), this);
    connect(openFiles, &QPushButton::clicked, this,
            [this] { addFiles(QFileDialog::getOpenFileNames(this, tr("Open Request Files"))); });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Request Folder"));
        if (!folder.isEmpty())
            addFolder(folder);
    });
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(openFiles);
    fileButtons->addWidget(openFolder);
    fileButtons->addStretch(1);

    auto *note = new QLabel(tr("Each model's tokens are counted with its own tokenizer (OpenAI's are public); "
                               "for the others the count is an estimate, marked ~."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *inputLabel = new QLabel(tr("&Request:"), this);
    inputLabel->setBuddy(m_input);
    auto *outputLabel = new QLabel(tr("A&nswer:"), this);
    outputLabel->setBuddy(m_output);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input, 3);
    layout->addLayout(fileButtons);
    layout->addWidget(outputLabel);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_problems);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 520);
}

void TextWorkloadDialog::addFiles(const QStringList &paths)
{
    QStringList problems;
    QString text = m_input->toPlainText();
    for (const QString &path : paths) {
        QFile file(path);
        if (QFileInfo(path).size() > MaxFileSize) {
            problems << tr("%1: larger than %2 MiB").arg(path).arg(MaxFileSize / MiB);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot be read (%2)").arg(path, file.errorString());
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += tokens::Encoding::textFromUtf8(file.readAll());
    }
    m_input->setPlainText(text);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void TextWorkloadDialog::addFolder(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext() && paths.size() < MaxFolderFiles)
        paths << it.next();
    paths.sort();
    addFiles(paths);
}

CostTableModel::TokenCounter TextWorkloadDialog::counter(const QString &input, const QString &output)
{
    // Shared by copies of the function; the counts of a tokenizer are made the first time a model asks.
    auto cache = std::make_shared<QHash<QString, CostTableModel::ModelTokens>>();
    return [cache, input, output](const ModelInfo &model) -> std::optional<CostTableModel::ModelTokens> {
        const QString key = tokens::Encoding::find(model.tokenizer) ? model.tokenizer : QString();
        auto it = cache->find(key);
        if (it == cache->end()) {
            const tokens::TokenCount in = tokens::countText(key, input);
            const tokens::TokenCount out = tokens::countText(key, output);
            it = cache->insert(key, {in.tokens, out.tokens, !in.exact(), !output.isEmpty()});
        }
        return *it;
    };
}

} // namespace md
