// Wire framing and strict CBOR decoding.
#include "wire.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace ejournal::wire {

QByteArray frame(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out.append(payload);
    return out;
}

QByteArray encodeFrame(const QCborMap &message)
{
    return frame(QCborValue(message).toCbor());
}

bool decodeMap(const QByteArray &payload, QCborMap *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (payload.isEmpty())
        return fail(QStringLiteral("empty payload"));
    QCborStreamReader reader(payload);
    if (!reader.isMap())
        return fail(QStringLiteral("payload is not a CBOR map"));
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return fail(QStringLiteral("malformed CBOR: %1").arg(reader.lastError().toString()));
    if (reader.currentOffset() != payload.size())
        return fail(QStringLiteral("trailing bytes after the CBOR map"));
    if (!value.isMap())
        return fail(QStringLiteral("payload is not a CBOR map"));
    if (out)
        *out = value.toMap();
    return true;
}

bool FrameDecoder::feed(const QByteArray &bytes)
{
    if (m_tooLarge)
        return false;
    m_buffer.append(bytes);
    for (;;) {
        if (m_buffer.size() < 4)
            return true;
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
        if (length > m_max) {
            m_tooLarge = true;
            m_announced = length;
            m_buffer.clear();
            return false;
        }
        if (quint64(m_buffer.size()) < quint64(length) + 4)
            return true;
        m_ready.append(m_buffer.mid(4, length));
        m_buffer.remove(0, qsizetype(length) + 4);
    }
}

QList<QByteArray> FrameDecoder::takePayloads()
{
    QList<QByteArray> out;
    out.swap(m_ready);
    return out;
}

} // namespace ejournal::wire
