// design.md's retry rules, checked one by one on the pure RetryPolicy.
#include "net/RetryPolicy.h"
#include "net/ServiceCall.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace bubuh;
using Kind = AttemptOutcome::Kind;
using Action = RetryPolicy::Action;

Q_DECLARE_METATYPE(AttemptOutcome::Kind)
Q_DECLARE_METATYPE(RetryPolicy::Action)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffIsFullJitterUnderTheCap()
    {
        RetryPolicy policy;
        QRandomGenerator rng(7);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = std::min<qint64>(60'000, 1000LL << attempt);
            qint64 lo = LLONG_MAX, hi = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 d = policy.backoffMs(attempt, rng);
                QVERIFY(d >= 0 && d <= ceiling);
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            // Full jitter spreads over the whole range, not just near its top.
            QVERIFY2(lo < ceiling / 10 && hi > ceiling * 9 / 10,
                     qPrintable(u"attempt %1: %2..%3"_s.arg(attempt).arg(lo).arg(hi)));
        }
    }

    void whatIsRetried_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("safe");
        QTest::addColumn<Action>("expected");
        QTest::newRow("success") << Kind::Success << false << Action::Done;
        QTest::newRow("400/422 never resent") << Kind::Rejected << true << Action::Done;
        QTest::newRow("401 goes back to sign in") << Kind::Unauthorized << true << Action::Done;
        QTest::newRow("503 unsafe: turned away, so resend") << Kind::Busy << false << Action::Retry;
        QTest::newRow("503 safe") << Kind::Busy << true << Action::Retry;
        QTest::newRow("never sent, unsafe") << Kind::NotSent << false << Action::Retry;
        QTest::newRow("lost answer, safe") << Kind::Lost << true << Action::Retry;
        QTest::newRow("lost answer, unsafe: unknown") << Kind::Lost << false << Action::Unknown;
        QTest::newRow("500, safe") << Kind::ServerError << true << Action::Retry;
        QTest::newRow("500, unsafe: unknown") << Kind::ServerError << false << Action::Unknown;
        QTest::newRow("409 with a key") << Kind::Conflict << true << Action::Retry;
        QTest::newRow("409 without a key") << Kind::Conflict << false << Action::Unknown;
    }

    void whatIsRetried()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, safe);
        QFETCH(Action, expected);
        RetryPolicy policy;
        QRandomGenerator rng(1);
        QCOMPARE(policy.decide({kind, std::nullopt}, 1, 0, safe, rng).action, expected);
    }

    void retryAfterIsAFloor()
    {
        RetryPolicy policy;
        QRandomGenerator rng(3);
        for (int i = 0; i < 500; ++i) {
            const auto d = policy.decide({Kind::Busy, 12'000}, 1, 0, false, rng);
            QCOMPARE(d.action, Action::Retry);
            QVERIFY(d.delayMs >= 12'000);
            QVERIFY(d.delayMs <= 13'000); // plus at most one base of jitter
        }
        // ...clamped to the maximum the user accepts.
        RetryConfig config;
        config.maxRetryAfterMs = 30'000;
        const auto d = RetryPolicy(config).decide({Kind::Busy, 3600'000}, 1, 0, false, rng);
        QVERIFY(d.delayMs >= 30'000 && d.delayMs <= 31'000);
    }

    void oneDeadlineForEveryAttempt()
    {
        RetryConfig config;
        config.deadlineMs = 10'000;
        RetryPolicy policy(config);
        QRandomGenerator rng(5);
        // First retry: at most 5 s + 1 s of jitter, which fits after 3 s...
        QCOMPARE(policy.decide({Kind::Busy, 5'000}, 0, 3'000, true, rng).action, Action::Retry);
        // ...but not after 6 s: the deadline covers every attempt, not each one.
        QCOMPARE(policy.decide({Kind::Busy, 5'000}, 0, 6'000, true, rng).action, Action::Exhausted);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1 = none
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7'000);
        QTest::newRow("http date") << QByteArray("Fri, 27 Nov 2026 07:05:30 GMT") << qint64(30'000);
        QTest::newRow("date in the past")
            << QByteArray("Fri, 27 Nov 2026 07:00:00 GMT") << qint64(0);
        // Seconds that overflow when multiplied by 1000: clamped to a day first.
        QTest::newRow("huge") << QByteArray("92233720368547758") << qint64(86'400'000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 27), QTime(7, 5, 0), QTimeZone::utc());
        const auto parsed = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("200") << 200 << 0 << true << Kind::Success;
        QTest::newRow("200 unreadable") << 200 << 0 << false << Kind::Lost;
        QTest::newRow("201") << 201 << 0 << true << Kind::Success;
        QTest::newRow("401") << 401 << 0 << true << Kind::Unauthorized;
        QTest::newRow("409") << 409 << 0 << true << Kind::Conflict;
        QTest::newRow("422") << 422 << 0 << true << Kind::Rejected;
        QTest::newRow("400") << 400 << 0 << true << Kind::Rejected;
        // 408: the server gave up waiting for the request itself, so it did nothing.
        QTest::newRow("408") << 408 << 0 << true << Kind::NotSent;
        QTest::newRow("429") << 429 << 0 << true << Kind::Busy;
        QTest::newRow("503") << 503 << 0 << true << Kind::Busy;
        QTest::newRow("502") << 502 << 0 << true << Kind::ServerError;
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << true
                                 << Kind::NotSent;
        QTest::newRow("no host") << 0 << int(QNetworkReply::HostNotFoundError) << true
                                 << Kind::NotSent;
        QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << true
                               << Kind::Lost;
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << true
                                 << Kind::Lost;
        QTest::newRow("resend refused")
            << 0 << int(QNetworkReply::ContentReSendError) << true << Kind::Lost;
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << true
                             << Kind::Rejected;
    }

    void classification()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, readable);
        QFETCH(Kind, kind);
        HttpResponse r;
        r.status = status;
        r.error = QNetworkReply::NetworkError(error);
        QCOMPARE(classify(r, readable, QDateTime::currentDateTimeUtc()).kind, kind);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
