#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace md::trial {

// One server-sent event. `data` joins multi-line data with '\n', as the spec says.
struct SseEvent {
    QString event; // "message" when the server named none
    QString data;
    QString id;
};

// Incremental decoder for text/event-stream (WHATWG HTML, "server-sent events"). Network reads
// split lines, CRLF pairs and UTF-8 characters anywhere, so bytes are kept until a whole line is
// there and text is decoded only when an event is complete.
class SseDecoder
{
public:
    // Decodes `bytes` and returns the events they complete, in order.
    std::vector<SseEvent> feed(QByteArrayView bytes);
    void feed(QByteArrayView bytes, std::vector<SseEvent> &events);
    // True when bytes of an unfinished event are still buffered (the stream was cut).
    bool hasPendingData() const;
    int retryMs() const { return m_retryMs; }
    void reset();

private:
    void processLine(QByteArrayView line, std::vector<SseEvent> &events);
    void dispatch(std::vector<SseEvent> &events);

    QByteArray m_buffer; // bytes of a line not yet ended
    QByteArray m_data;   // data lines of the current event
    QByteArray m_event;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_skipLf = false;  // the previous read ended with CR: a following LF belongs to it
    bool m_started = false; // a UTF-8 BOM may open the stream only
    int m_retryMs = -1;
};

} // namespace md::trial
