// Unit tests of the wire codec and the method catalogue: framing, strict CBOR decoding,
// envelope shapes, parameter checks.
#include "envelope.h"
#include "methods.h"
#include "wire.h"

#include <QCborArray>
#include <QCborValue>
#include <QtEndian>
#include <QtTest>

using namespace ejournal;

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void roundTripRequest();
    void roundTripResultErrorEvent();
    void splitAtEveryByte();
    void severalFramesInOneChunk();
    void oversizedLengthRefusedBeforeBody();
    void zeroLengthPayload();
    void nonMapPayload_data();
    void nonMapPayload();
    void trailingBytesRefused();
    void truncatedCborRefused();
    void garbageNeverCrashes();
    void envelopeShapes_data();
    void envelopeShapes();
    void errorCodeNames();
    void paramChecks();
    void catalogueIsConsistent();
};

void TestWire::roundTripRequest()
{
    const QCborMap request = makeRequest(42, QStringLiteral("auth.login"),
                                         {{QStringLiteral("login"), QStringLiteral("иванова")},
                                          {QStringLiteral("password"), QStringLiteral("секрет1")}});
    wire::FrameDecoder decoder;
    QVERIFY(decoder.feed(wire::encodeFrame(request)));
    const QList<QByteArray> payloads = decoder.takePayloads();
    QCOMPARE(payloads.size(), 1);
    QCborMap decoded;
    QString why;
    QVERIFY2(wire::decodeMap(payloads.first(), &decoded, &why), qPrintable(why));
    Envelope env;
    QVERIFY(parseEnvelope(decoded, &env, &why));
    QCOMPARE(env.kind, Envelope::Kind::Request);
    QCOMPARE(env.id, 42u);
    QCOMPARE(env.method, QStringLiteral("auth.login"));
    QCOMPARE(env.params.value(QStringLiteral("login")).toString(), QStringLiteral("иванова"));
}

void TestWire::roundTripResultErrorEvent()
{
    Envelope env;
    QString why;
    QVERIFY(parseEnvelope(makeResult(7, QCborArray{1, 2, 3}), &env, &why));
    QCOMPARE(env.kind, Envelope::Kind::Result);
    QCOMPARE(env.result.toArray().size(), 3);

    QVERIFY(parseEnvelope(makeError(8, Error{ErrorCode::RateLimited, QStringLiteral("wait"),
                                             {{QStringLiteral("retryAfter"), 30}}}),
                          &env, &why));
    QCOMPARE(env.kind, Envelope::Kind::Error);
    QCOMPARE(env.id, 8u);
    QCOMPARE(env.error.code, ErrorCode::RateLimited);
    QCOMPARE(env.error.details.value(QStringLiteral("retryAfter")).toInteger(), 30);

    QVERIFY(parseEnvelope(makeEvent(QStringLiteral("session.ended"),
                                    {{QStringLiteral("reason"), QStringLiteral("revoked")}}),
                          &env, &why));
    QCOMPARE(env.kind, Envelope::Kind::Event);
    QCOMPARE(env.event, QStringLiteral("session.ended"));
}

void TestWire::splitAtEveryByte()
{
    const QByteArray bytes = wire::encodeFrame(
        makeRequest(1, QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                                 {QStringLiteral("client"), QStringLiteral("t")}}));
    for (int cut = 0; cut <= bytes.size(); ++cut) {
        wire::FrameDecoder decoder;
        QVERIFY(decoder.feed(bytes.left(cut)));
        QCOMPARE(decoder.takePayloads().size(), cut == bytes.size() ? 1 : 0);
        QVERIFY(decoder.feed(bytes.mid(cut)));
        const QList<QByteArray> payloads = decoder.takePayloads();
        QCOMPARE(payloads.size(), cut == bytes.size() ? 0 : 1);
    }
    // One byte at a time.
    wire::FrameDecoder decoder;
    int got = 0;
    for (char c : bytes) {
        QVERIFY(decoder.feed(QByteArray(1, c)));
        got += int(decoder.takePayloads().size());
    }
    QCOMPARE(got, 1);
    QCOMPARE(decoder.buffered(), 0);
}

void TestWire::severalFramesInOneChunk()
{
    QByteArray bytes;
    for (int i = 0; i < 5; ++i)
        bytes += wire::encodeFrame(makeRequest(quint64(i), QStringLiteral("system.methods")));
    bytes += wire::encodeFrame(makeRequest(99, QStringLiteral("x"))).left(6);
    wire::FrameDecoder decoder;
    QVERIFY(decoder.feed(bytes));
    const QList<QByteArray> payloads = decoder.takePayloads();
    QCOMPARE(payloads.size(), 5);
    QCborMap last;
    QVERIFY(wire::decodeMap(payloads.last(), &last, nullptr));
    QCOMPARE(last.value(QStringLiteral("id")).toInteger(), 4);
    QCOMPARE(decoder.buffered(), 6);
}

void TestWire::oversizedLengthRefusedBeforeBody()
{
    wire::FrameDecoder decoder(1024);
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(1025, header.data());
    QVERIFY(!decoder.feed(header));  // refused from the header alone
    QVERIFY(decoder.tooLarge());
    QCOMPARE(decoder.announcedLength(), 1025u);
    QCOMPARE(decoder.buffered(), 0);
    QVERIFY(!decoder.feed(QByteArray(2000, 'x')));  // stays failed, buffers nothing
    QCOMPARE(decoder.buffered(), 0);

    wire::FrameDecoder defaults;
    qToBigEndian<quint32>(0xffffffffu, header.data());
    QVERIFY(!defaults.feed(header));
    qToBigEndian<quint32>(wire::kDefaultMaxPayload, header.data());
    wire::FrameDecoder atLimit;
    QVERIFY(atLimit.feed(header));  // exactly the limit is allowed
}

void TestWire::zeroLengthPayload()
{
    wire::FrameDecoder decoder;
    QVERIFY(decoder.feed(QByteArray(4, '\0')));
    const QList<QByteArray> payloads = decoder.takePayloads();
    QCOMPARE(payloads.size(), 1);
    QString why;
    QVERIFY(!wire::decodeMap(payloads.first(), nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("empty")));
}

void TestWire::nonMapPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("array") << QCborValue(QCborArray{1, 2}).toCbor();
    QTest::newRow("text") << QCborValue(QStringLiteral("hello")).toCbor();
    QTest::newRow("integer") << QCborValue(5).toCbor();
    QTest::newRow("null") << QCborValue(QCborValue::Null).toCbor();
    QTest::newRow("json text") << QByteArray("{\"id\":1}");
}

void TestWire::nonMapPayload()
{
    QFETCH(QByteArray, payload);
    QString why;
    QVERIFY(!wire::decodeMap(payload, nullptr, &why));
    QVERIFY(!why.isEmpty());
}

void TestWire::trailingBytesRefused()
{
    QByteArray payload = QCborValue(QCborMap{{QStringLiteral("id"), 1}}).toCbor();
    QVERIFY(wire::decodeMap(payload, nullptr, nullptr));
    payload.append('\x01');
    QString why;
    QVERIFY(!wire::decodeMap(payload, nullptr, &why));
    QVERIFY(why.contains(QStringLiteral("trailing")));
}

void TestWire::truncatedCborRefused()
{
    const QByteArray full = QCborValue(makeRequest(3, QStringLiteral("hello"),
                                                   {{QStringLiteral("client"),
                                                     QStringLiteral("client name")}}))
                                .toCbor();
    for (int cut = 1; cut < full.size(); ++cut)
        QVERIFY2(!wire::decodeMap(full.left(cut), nullptr, nullptr), qPrintable(QString::number(cut)));
}

void TestWire::garbageNeverCrashes()
{
    // A fixed pseudo-random stream: the same bytes every run.
    quint32 state = 12345;
    for (int round = 0; round < 2000; ++round) {
        QByteArray junk;
        const int size = 1 + int(state % 64);
        for (int i = 0; i < size; ++i) {
            state = state * 1103515245u + 12345u;
            junk.append(char(state >> 16));
        }
        QCborMap map;
        Envelope env;
        if (wire::decodeMap(junk, &map, nullptr))
            parseEnvelope(map, &env, nullptr);  // must not crash, whatever it decides
        wire::FrameDecoder decoder(4096);
        decoder.feed(junk);
        for (const QByteArray &p : decoder.takePayloads())
            wire::decodeMap(p, &map, nullptr);
    }
}

void TestWire::envelopeShapes_data()
{
    QTest::addColumn<QCborMap>("map");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no id") << QCborMap{{QStringLiteral("method"), QStringLiteral("hello")}} << false;
    QTest::newRow("negative id") << QCborMap{{QStringLiteral("id"), -1},
                                             {QStringLiteral("method"), QStringLiteral("hello")}}
                                 << false;
    QTest::newRow("text id") << QCborMap{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("method"), QStringLiteral("hello")}}
                             << false;
    QTest::newRow("method not text") << QCborMap{{QStringLiteral("id"), 1},
                                                 {QStringLiteral("method"), 5}} << false;
    QTest::newRow("params not map") << QCborMap{{QStringLiteral("id"), 1},
                                                {QStringLiteral("method"), QStringLiteral("x")},
                                                {QStringLiteral("params"), QCborArray{}}}
                                    << false;
    QTest::newRow("no params") << QCborMap{{QStringLiteral("id"), 1},
                                           {QStringLiteral("method"), QStringLiteral("x")}}
                               << true;
    QTest::newRow("nothing") << QCborMap{{QStringLiteral("id"), 1}} << false;
}

void TestWire::envelopeShapes()
{
    QFETCH(QCborMap, map);
    QFETCH(bool, valid);
    Envelope env;
    QString why;
    QCOMPARE(parseEnvelope(map, &env, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TestWire::errorCodeNames()
{
    const QStringList names{QStringLiteral("bad_request"), QStringLiteral("unsupported_protocol"),
                            QStringLiteral("unauthenticated"), QStringLiteral("forbidden"),
                            QStringLiteral("not_found"), QStringLiteral("invalid"),
                            QStringLiteral("conflict"), QStringLiteral("rate_limited"),
                            QStringLiteral("frame_too_large"), QStringLiteral("internal")};
    for (const QString &name : names)
        QCOMPARE(errorCodeName(errorCodeFromName(name)), name);
}

void TestWire::paramChecks()
{
    const MethodInfo *login = findMethod(QStringLiteral("auth.login"));
    QVERIFY(login);
    QVERIFY(checkParams(*login, {{QStringLiteral("login"), QStringLiteral("a")},
                                 {QStringLiteral("password"), QStringLiteral("b")}})
                .isEmpty());
    const QCborMap problems = checkParams(
        *login, {{QStringLiteral("login"), 5}, {QStringLiteral("extra"), true}});
    QCOMPARE(problems.value(QStringLiteral("login")).toString(), QStringLiteral("must be text"));
    QCOMPARE(problems.value(QStringLiteral("password")).toString(), QStringLiteral("missing"));
    QCOMPARE(problems.value(QStringLiteral("extra")).toString(),
             QStringLiteral("unknown parameter"));
    const QCborMap tooLong = checkParams(*login, {{QStringLiteral("login"), QString(101, u'a')},
                                                  {QStringLiteral("password"), QStringLiteral("b")}});
    QVERIFY(tooLong.value(QStringLiteral("login")).toString().contains(QStringLiteral("longer")));
}

void TestWire::catalogueIsConsistent()
{
    QSet<QString> names;
    for (const MethodInfo &m : methodCatalogue()) {
        QVERIFY2(!names.contains(m.name), qPrintable(m.name));
        names.insert(m.name);
        QVERIFY(!m.summary.isEmpty());
    }
    QVERIFY(names.contains(QStringLiteral("hello")));
    QCOMPARE(findMethod(QStringLiteral("hello"))->stage, Stage::Connected);
    QCOMPARE(findMethod(QStringLiteral("auth.login"))->stage, Stage::Greeted);
    // Only the admin manages sessions; a teacher does not.
    QVERIFY(rolesGrant({Role::Admin}, Capability::SessionsManage));
    QVERIFY(!rolesGrant({Role::Teacher, Role::ClassTeacher, Role::Deputy},
                        Capability::SessionsManage));
    QVERIFY(!rolesGrant({}, Capability::AuditRead));
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
