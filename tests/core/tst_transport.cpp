// What goes over the wire, against small loopback servers that record every request: the token
// only to the hosts a profile names, a service-named download address followed only there,
// and no answer allowed to be endless in size or time.
#include "net/EmeteraiClient.h"
#include "net/ServiceCaller.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// A loopback HTTP server that records the head of every request and answers as told.
class RecordingServer : public QTcpServer
{
public:
    struct Answer
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        QByteArray body = "{}";
        qint64 repeat = 1;  // the body, this many times
        int dripMs = 0;     // one byte of it at a time, this often
        bool length = true; // send Content-Length
        int delayMs = 0;    // answer this long after the request came
    };

    RecordingServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
    }

    Answer answer;
    QList<QByteArray> requests;
    int open = 0, mostOpen = 0; // requests received and not yet answered

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            requests << buffer->left(end);
            buffer->clear();
            mostOpen = std::max(mostOpen, ++open);
            if (answer.delayMs > 0) {
                QTimer::singleShot(answer.delayMs, socket, [this, socket] {
                    --open;
                    respond(socket);
                });
                return;
            }
            --open;
            respond(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    void respond(QTcpSocket *socket)
    {
        const Answer a = answer;
        QByteArray head = a.head;
        if (a.length)
            head += "Content-Length: " + QByteArray::number(a.body.size() * a.repeat) + "\r\n";
        else
            head += "Connection: close\r\n";
        socket->write(head + "\r\n");
        if (a.dripMs > 0) {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(a.dripMs);
            return;
        }
        // Written as the client reads, so that a client that stops reading stops it too.
        auto left = std::make_shared<qint64>(a.repeat);
        const auto more = [socket, left, body = a.body, length = a.length] {
            while (*left > 0 && socket->bytesToWrite() < 1 << 20) {
                socket->write(body);
                --*left;
            }
            if (*left == 0 && !length)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }
};

bool hasAuthorization(const QByteArray &head)
{
    return head.toLower().contains("\r\nauthorization:");
}

// Runs one call to its end.
CallResult runCall(ServiceCaller &caller, const HttpCall &call)
{
    std::optional<CallResult> result;
    caller.run(call, {}, [&result](const CallResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
        return {};
    return *result;
}

HttpCall getCall(const QString &path)
{
    HttpCall call;
    call.operation = u"test"_s;
    call.path = path;
    call.safeToResend = false; // one attempt: a lost answer ends as Unknown
    return call;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTokenGoesOnlyToTheProfilesHosts()
    {
        RecordingServer own, elsewhere;
        ServiceCaller caller(ServiceProfile::singleServer(own.url()), Clock::system());
        caller.setToken(u"SECRET-TOKEN"_s);
        QVERIFY(runCall(caller, getCall(u"/api/x"_s)).ok());
        QCOMPARE(own.requests.size(), 1);
        QVERIFY(own.requests.first().contains("Authorization: Bearer SECRET-TOKEN"));
        // An address from elsewhere (here this computer's own other port, as a hostile answer
        // could name), called authenticated: it never sees the token.
        HttpCall call = getCall({});
        call.absoluteUrl = elsewhere.url(u"/file.pdf"_s);
        runCall(caller, call);
        QCOMPARE(elsewhere.requests.size(), 1);
        QVERIFY2(!hasAuthorization(elsewhere.requests.first()),
                 elsewhere.requests.first().constData());
    }

    void aDownloadAddressElsewhereIsNotFollowed()
    {
        RecordingServer own, elsewhere;
        own.answer.head = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n";
        own.answer.body = "%PDF-1.7\n%%EOF\n";
        EmeteraiClient client(ServiceProfile::singleServer(own.url()));
        client.setToken(u"SECRET-TOKEN"_s);
        std::optional<Result<QByteArray>> result;
        client.download(elsewhere.url(u"/final_doc1.pdf"_s), u"doc1"_s,
                        [&result](Result<QByteArray> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        QVERIFY(result->ok());
        QCOMPARE(elsewhere.requests.size(), 0);
        QCOMPARE(own.requests.size(), 1);
        QVERIFY(own.requests.first().startsWith("GET /getfile3/final_doc1.pdf "));
        // The configured host's own address is followed, with the token.
        result.reset();
        client.download(own.url(u"/files/final_doc1.pdf"_s), u"doc1"_s,
                        [&result](Result<QByteArray> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        QCOMPARE(own.requests.size(), 2);
        QVERIFY(own.requests.last().startsWith("GET /files/final_doc1.pdf "));
        QVERIFY(hasAuthorization(own.requests.last()));
    }

    void anAnswerTooLargeIsCutOff_data()
    {
        QTest::addColumn<bool>("length");
        QTest::newRow("announced") << true;
        QTest::newRow("until-close") << false;
    }
    void anAnswerTooLargeIsCutOff()
    {
        QFETCH(bool, length);
        RecordingServer server;
        server.answer.body = QByteArray(64 * 1024, ' ');
        server.answer.repeat = 48; // 3 MB of JSON whitespace
        server.answer.length = length;
        ServiceCaller caller(ServiceProfile::singleServer(server.url()), Clock::system());
        const CallResult r = runCall(caller, getCall(u"/api/x"_s));
        QCOMPARE(r.outcome, CallResult::Outcome::Unknown);
        QVERIFY2(r.response.errorString.contains(u"larger than"_s),
                 qPrintable(r.response.errorString));
        QVERIFY(r.response.body.isEmpty());
    }

    void aDrippingAnswerIsCutOff()
    {
        // A byte every 100 ms: never silent for the 30 s transfer timeout, never finished.
        RecordingServer server;
        server.answer.body = QByteArray(1000, ' ');
        server.answer.dripMs = 100;
        ServiceCaller caller(ServiceProfile::singleServer(server.url()), Clock::system());
        HttpCall call = getCall(u"/api/x"_s);
        call.attemptLimitMs = 800;
        const CallResult r = runCall(caller, call);
        QCOMPARE(r.outcome, CallResult::Outcome::Unknown);
        QVERIFY2(r.response.errorString.contains(u"no whole answer"_s),
                 qPrintable(r.response.errorString));
    }

    void oneRequestPerRoleIsInFlight()
    {
        // Respect for a service on its knees: an account's requests of one role go one after
        // another, whatever asks for them; another role goes at the same time.
        RecordingServer server;
        server.answer.delayMs = 200;
        ServiceCaller caller(ServiceProfile::singleServer(server.url()), Clock::system());
        int answered = 0;
        const auto count = [&answered](const CallResult &r) { answered += r.ok() ? 1 : 0; };
        // What the first answer leads to queues behind those already waiting, never ahead.
        caller.run(getCall(u"/backend/0"_s), {}, [&](const CallResult &r) {
            count(r);
            caller.run(getCall(u"/backend/after"_s), {}, count);
        });
        for (int i = 1; i < 3; ++i)
            caller.run(getCall(u"/backend/%1"_s.arg(i)), {}, count);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 4, 10'000);
        QCOMPARE(server.mostOpen, 1);
        QCOMPARE(server.requests.size(), 4);
        const QList<QByteArray> order
            = {"/backend/0", "/backend/1", "/backend/2", "/backend/after"};
        for (int i = 0; i < order.size(); ++i)
            QVERIFY2(server.requests.at(i).startsWith(QByteArray("GET " + order.at(i) + ' ')),
                     server.requests.at(i).constData());

        server.mostOpen = 0;
        server.answer.delayMs = 2000; // long enough that both are surely in flight together
        HttpCall shop = getCall(u"/shop"_s);
        shop.role = ServiceProfile::Role::Shop;
        caller.run(getCall(u"/backend"_s), {}, count);
        caller.run(shop, {}, count);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 10'000);
        QCOMPARE(server.mostOpen, 2);
    }

    void aRedirectIsNeverFollowed()
    {
        RecordingServer own, elsewhere;
        own.answer.head
            = "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url(u"/x"_s).toEncoded() + "\r\n";
        own.answer.body = {};
        ServiceCaller caller(ServiceProfile::singleServer(own.url()), Clock::system());
        caller.setToken(u"SECRET-TOKEN"_s);
        const CallResult r = runCall(caller, getCall(u"/api/x"_s));
        QVERIFY(!r.ok());
        QCOMPARE(elsewhere.requests.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
