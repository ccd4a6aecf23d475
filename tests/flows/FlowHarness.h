#pragma once

#include "SimFixture.h"

#include "flow/PurchaseFlow.h"
#include "flow/StampBatch.h"
#include "flow/StampFlow.h"
#include "journal/Journal.h"
#include "net/EmeteraiClient.h"

#include <QTemporaryDir>

namespace test {

// The real client core (client, journal, flows) against an in-process simulator, with a retry
// policy scaled down so that a test of many faults takes seconds, not hours.
class FlowHarness
{
public:
    explicit FlowHarness(SimFixture &sim);

    bubuh::EmeteraiClient &client() { return *m_client; }
    bubuh::Journal &journal() { return *m_journal; }
    QString dir() const { return m_dir.path(); }

    bool login();
    // How long an operation may keep retrying.
    void setDeadline(qint64 ms);
    // Runs a flow to its end; returns how it ended.
    bubuh::FlowEnding buy(int quantity, bool follow = true, qint64 fulfilmentPatienceMs = 20'000);
    bubuh::FlowEnding stamp(const QString &pdfPath, const QString &outPath,
                            const bubuh::Placement &placement);
    // Resumes every unfinished order and job until none is left or `rounds` passes are made.
    void resumeAll(int rounds = 20);

    // Trusts the simulator's root, as demo mode does.
    bubuh::StampVerifier verifier() const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    SimFixture &m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<bubuh::Journal> m_journal;
    std::unique_ptr<bubuh::EmeteraiClient> m_client;
};

// Runs the batch until it reports the end of its run (two minutes at most).
bool waitForEnd(bubuh::StampBatch &batch, bubuh::Failure *refusal = nullptr);
// A request to stamp path on page 1 at (400, 600), 100 pt.
bubuh::StampFlow::Request stampRequest(const QString &path);

} // namespace test
