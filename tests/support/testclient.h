// A bare protocol client for integration tests: a real TLS socket that sends requests and
// waits (running the event loop, so an in-process server keeps working) for the answers.
#pragma once

#include "envelope.h"
#include "wire.h"

#include <QList>
#include <QSslSocket>

#include <functional>

class TestClient
{
public:
    TestClient();

    // Connects with TLS to 127.0.0.1:port, accepting only a certificate with this fingerprint.
    bool connectTo(quint16 port, const QString &fingerprint);
    bool isConnected() const;
    QSslSocket &socket() { return m_socket; }

    // Sends a request and waits up to timeoutMs for its answer (Kind::Error with
    // code Internal and message "timeout" when none came).
    ejournal::Envelope call(const QString &method, const QCborMap &params = {},
                            int timeoutMs = 15000);
    // hello + auth.login; returns the login's answer.
    ejournal::Envelope login(const QString &login, const QString &password);
    void sendRaw(const QByteArray &bytes);
    // The next message of any kind (responses to raw frames, events).
    bool waitForMessage(ejournal::Envelope *out, int timeoutMs = 15000);
    QList<ejournal::Envelope> events() const { return m_events; }
    bool waitForDisconnect(int timeoutMs = 15000);

private:
    void readAll();
    // Runs the event loop until done() holds or the time is up; returns done().
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);

    QSslSocket m_socket;
    ejournal::wire::FrameDecoder m_decoder;
    QList<ejournal::Envelope> m_inbox;
    QList<ejournal::Envelope> m_events;
    quint64 m_nextId = 1;
};
