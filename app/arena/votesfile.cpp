#include "votesfile.h"

#include "core/jsonfile.h"
#include "votejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using nlohmann::json;

namespace md::arena {

namespace {

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A new file's name reaches the disk only when its folder is synced too.
void syncFolder([[maybe_unused]] const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

// Reads one line; nullopt and `error` when it is not a vote. `cut` says the line is not even JSON: what a write
// cut short by a crash leaves.
std::optional<Vote> readLine(const QByteArray &line, QString &error, bool *cut = nullptr)
{
    JsonFile::Parsed parsed = JsonFile::parse(line, QString(), JsonFile::AnyDepth);
    if (cut)
        *cut = !parsed.error.isEmpty();
    if (!parsed.error.isEmpty()) {
        error = VotesFile::tr("not valid JSON");
        return std::nullopt;
    }
    if (!parsed.duplicateKeys.isEmpty()) {
        error = VotesFile::tr("the key \"%1\" appears twice").arg(parsed.duplicateKeys.constFirst());
        return std::nullopt;
    }
    return VoteJson::read(parsed.root, error);
}

} // namespace

VotesFile::VotesFile(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString VotesFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/arena-votes.jsonl");
}

Result<bool> VotesFile::append(const Vote &vote) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool existed = QFileInfo::exists(m_path);
    if (!QDir().mkpath(folder))
        return Result<bool>::failure(tr("Cannot create the folder %1").arg(folder));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    // A crash in the middle of a write leaves a last line without its newline: keep it when it is a whole vote,
    // else cut it off, so the new vote starts a line of its own.
    QByteArray prefix;
    const qint64 size = file.size();
    if (size > 0) {
        file.seek(qMax<qint64>(0, size - 65536));
        QByteArray tail = file.read(65536);
        if (!tail.endsWith('\n')) {
            const qsizetype newline = tail.lastIndexOf('\n');
            QString error;
            // A whole last vote without its newline, or a last line too long to judge here: keep it (the reader
            // will say if it is broken) and start a new line.
            if ((newline < 0 && size > tail.size()) || readLine(tail.mid(newline + 1), error)) {
                prefix = "\n";
            } else if (!file.resize(size - (tail.size() - newline - 1))) {
                return Result<bool>::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
            }
        }
    }
    const QByteArray line =
        prefix +
        QByteArray::fromStdString(VoteJson::record(vote).dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
    // One write of the whole line at the end of the file, then flushed and synced before returning.
    if (!file.seek(file.size()) || file.write(line) != line.size() || !syncToDisk(file))
        return Result<bool>::failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    file.close();
    if (!existed)
        syncFolder(folder);
    return true;
}

Result<LoadedVotes> VotesFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return LoadedVotes{};
    if (!file.open(QIODevice::ReadOnly))
        return Result<LoadedVotes>::failure(tr("%1: cannot read: %2").arg(m_path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Result<LoadedVotes>::failure(
            tr("%1: the file is larger than %2 MiB").arg(m_path).arg(MaxFileSize >> 20));
    return parse(file.read(MaxFileSize + 1), m_path);
}

Result<LoadedVotes> VotesFile::parse(const QByteArray &data, const QString &origin)
{
    if (data.size() > MaxFileSize)
        return Result<LoadedVotes>::failure(
            tr("%1: the file is larger than %2 MiB").arg(origin).arg(MaxFileSize >> 20));
    if (const QString wrong = JsonFile::encodingError(data, origin); !wrong.isEmpty())
        return Result<LoadedVotes>::failure(wrong);
    LoadedVotes loaded;
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (int number = 1; start < data.size(); ++number) {
        qsizetype end = data.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = data.size();
        const QByteArray line = data.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QString error;
        bool cut = false;
        auto vote = readLine(line, error, &cut);
        if (!vote) {
            if (last && cut) { // a write cut short by a crash: the votes before it stand
                loaded.warnings << tr("%1: line %2 is incomplete (%3); skipped").arg(origin).arg(number).arg(error);
                break;
            }
            return Result<LoadedVotes>::failure(tr("%1: line %2: %3").arg(origin).arg(number).arg(error));
        }
        if (vote->modelA == vote->modelB) {
            loaded.warnings
                << tr("%1: line %2 compares %3 with itself; skipped").arg(origin).arg(number).arg(vote->modelA);
            continue;
        }
        loaded.votes.push_back(std::move(*vote));
    }
    return loaded;
}

} // namespace md::arena
