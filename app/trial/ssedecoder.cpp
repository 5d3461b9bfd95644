#include "ssedecoder.h"

#include <cstring>

namespace md::trial {

std::vector<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    std::vector<SseEvent> events;
    feed(bytes, events);
    return events;
}

void SseDecoder::feed(QByteArrayView bytes, std::vector<SseEvent> &events)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    if (!m_started && p < end) {
        // The BOM may itself arrive split; wait for three bytes before deciding.
        m_buffer.append(p, end - p);
        if (m_buffer.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(m_buffer))
            return;
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_buffer.remove(0, 3);
        const QByteArray pending = std::exchange(m_buffer, {});
        feed(pending, events);
        return;
    }
    while (p < end) {
        // memchr twice beats a byte loop by far; most streams use LF only.
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *limit = lf ? lf : end;
        const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(limit - p)));
        const char *eol = cr ? cr : lf;
        if (!eol) {
            m_buffer.append(p, end - p);
            return;
        }
        if (m_buffer.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), events);
        } else {
            m_buffer.append(p, eol - p);
            const QByteArray line = std::exchange(m_buffer, {});
            processLine(line, events);
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
    }
}

void SseDecoder::processLine(QByteArrayView line, std::vector<SseEvent> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')
        return; // a comment, often a keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

void SseDecoder::dispatch(std::vector<SseEvent> &events)
{
    if (m_hasData) {
        events.push_back({m_event.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(m_event),
                          QString::fromUtf8(m_data), QString::fromUtf8(m_lastId)});
    }
    m_data.clear();
    m_event.clear();
    m_hasData = false;
}

bool SseDecoder::hasPendingData() const
{
    return m_hasData || !m_buffer.isEmpty();
}

void SseDecoder::reset()
{
    *this = SseDecoder();
}

} // namespace md::trial
