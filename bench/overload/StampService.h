#pragma once

#include "BacklogEstimator.h"
#include "SimConfig.h"
#include "TokenBucket.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <queue>
#include <vector>

namespace bench {

// The e-Meterai stamping side under a rush, for the stamping benchmark (issue #15): capacity
// C_s requests per second (one-second burst; a rejection costs a little, as in emeterai-sim's
// `--stamp-capacity`), shared by upload, serial, stamp, status, serial list and download (the
// balance check before a serial is counted as a request but, as there, costs other capacity); a
// front door that parses only so many requests (the rest time out); a stamp that takes 2-8 s
// of service time and fails with 97 more often the more stamps are in progress; 1 % of
// committed requests whose answer is lost. A 503's Retry-After is emeterai-sim's: the
// backlog of accounts turned away over what the service serves (BacklogEstimator). Serial numbers
// and stamps are kept per document, so SNs wasted and documents stamped twice are counted, not
// estimated.
class StampService
{
public:
    struct Config
    {
        double capacity = 40;      // requests per second
        double parseFactor = 10;   // requests per second the front door parses, x capacity
        double rejectCost = 0.02;  // of one request's capacity, per 503
        double lostShare = 0.01;   // committed requests whose answer is lost
        qint64 timeoutMs = 30'000; // what the client waits for an answer that never comes
        qint64 rttMs = 50;
        qint64 stampMinMs = 2'000, stampMaxMs = 8'000;
        // P(97) = base97 + load97 x (stamps in progress / stamps in progress at capacity)^2
        double base97 = 0.02, load97 = 0.10;
    };

    enum class Op { Upload, Balance, Serial, Stamp, Status, SerialList, Download };
    enum class Answer {
        Ok,       // done; for Status, `stamped` says what the service knows
        Busy,     // 503 with Retry-After: not processed
        Failed97, // the stamp failed; repeat it with the same SN and retryFlag
        Used,     // the stamp was refused: this SN is already used
        Timeout,  // no answer (never parsed, or the answer was lost after the work was done)
    };
    struct Reply
    {
        Answer answer = Answer::Timeout;
        qint64 atMs = 0;
        qint64 retryAfterMs = 0;
        int sn = 0;           // Serial, SerialList (0 = none found)
        bool stamped = false; // Status
    };

    StampService(const Config &config, quint64 seed);

    // client: who asks (its account); doc: the document; sn: for Stamp, Status and Download.
    Reply call(qint64 nowMs, int client, Op op, int doc, int sn = 0);

    qint64 requests() const { return m_requests; }
    // Serial numbers issued for doc, and of those, how many were stamped.
    int serialsOf(int doc) const { return int(m_serialsOfDoc.value(doc).size()); }
    int stampsOf(int doc) const;
    double expected97(qint64 nowMs);

private:
    void settle(qint64 nowMs);
    double documentsPerSecond() const
    {
        return m_config.capacity / sim::SimConfig::kStampingRequestsPerDocument;
    }

    Config m_config;
    QRandomGenerator m_random;
    sim::TokenBucket m_capacity;
    sim::TokenBucket m_frontDoor;
    sim::BacklogEstimator m_backlog;
    std::priority_queue<qint64, std::vector<qint64>, std::greater<>> m_stampsEnding;
    QList<int> m_docOfSerial; // index = sn - 1
    QList<bool> m_stamped;    // index = sn - 1
    QHash<int, QList<int>> m_serialsOfDoc;
    qint64 m_requests = 0;
};

} // namespace bench
