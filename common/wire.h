// Wire framing and strict CBOR decoding (see common/PROTOCOL.md).
// A frame is a 4-byte big-endian payload length followed by one CBOR map.
#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

namespace ejournal::wire {

constexpr quint32 kDefaultMaxPayload = 16u * 1024u * 1024u;

// Wraps an encoded payload in a frame.
QByteArray frame(const QByteArray &payload);
// Encodes a map as CBOR and frames it.
QByteArray encodeFrame(const QCborMap &message);

// Decodes one payload. Fails unless the whole payload is exactly one well-formed CBOR map.
bool decodeMap(const QByteArray &payload, QCborMap *out, QString *error);

// Incremental frame splitter: feed it bytes as they arrive, take complete payloads out.
// The length is checked as soon as the four header bytes are in, before any body is buffered.
class FrameDecoder
{
public:
    explicit FrameDecoder(quint32 maxPayload = kDefaultMaxPayload) : m_max(maxPayload) {}

    // Appends bytes; returns false once a frame announces a payload over the limit
    // (the decoder then stays failed and buffers nothing more).
    bool feed(const QByteArray &bytes);
    // Complete payloads in arrival order; removes them from the decoder.
    QList<QByteArray> takePayloads();
    bool tooLarge() const { return m_tooLarge; }
    quint32 announcedLength() const { return m_announced; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    quint32 m_max;
    QByteArray m_buffer;
    QList<QByteArray> m_ready;
    bool m_tooLarge = false;
    quint32 m_announced = 0;
};

} // namespace ejournal::wire
