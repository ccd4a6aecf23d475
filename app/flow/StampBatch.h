#pragma once

#include "core/Result.h"
#include "flow/FlowStatus.h"
#include "flow/FollowUp.h"
#include "flow/StampFlow.h"

#include <QObject>

namespace bubuh {

// Stamps several documents one after another, each its own job in the journal. A document
// that already has an unfinished job continues that job (with its SN, if it holds one). It
// checks first that the quota covers the rest, carries on past a document that fails, and
// saves each result as "<name>_bermeterai.pdf" next to its original (or in a chosen folder),
// never over an existing file.
class StampBatch : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        StampFlow::Request request;
        StampJob job;      // as the journal has it, once started
        bool done = false; // this run is over for it (it may still resume later)
        FlowEnding ending = FlowEnding::NotFinished;
        Failure failure;
    };

    StampBatch(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent = nullptr);
    void setVerifier(const StampVerifier &verifier) { m_verifier = verifier; }

    // "<folder or the original's folder>/<name>_bermeterai.pdf", with "-2", "-3"… added while
    // that file exists or is in `taken`.
    static QString resultPathFor(const QString &source, const QString &folder,
                                 const QStringList &taken = {});

    // Starts stamping; requests without an output path get resultPathFor(…, resultsFolder).
    void start(QList<StampFlow::Request> requests, const QString &resultsFolder = {});
    // Continues every unfinished job of the journal (after a restart) with its own SN.
    void resumeUnfinished();
    // Continues these jobs of the journal.
    void resume(const QList<qint64> &jobIds);
    // Jobs that ended because the service stayed unavailable (or an outcome is unknown) are
    // taken up again by themselves after this delay (2 minutes); followUpAt() says when.
    void setFollowUpDelay(qint64 ms) { m_followUp.setDelay(ms); }
    QDateTime followUpAt() const { return m_followUp.at(); }
    bool running() const { return m_running; }
    // Whether entry index holds a job that may be cancelled: unfinished, without an SN, and
    // not running now.
    bool cancellable(int index) const;
    // Ends that job (StampFlow::cancel): nothing was spent on it, and it is not followed up.
    Result<StampJob> cancel(int index);
    const QList<Entry> &entries() const { return m_entries; }

Q_SIGNALS:
    void entryChanged(int index);
    void status(const bubuh::FlowStatus &status);
    // The run is over. refusal is set when nothing could start (e.g. too little quota).
    void finished(int saved, int notSaved, const bubuh::Failure &refusal);

private:
    // The journal's unfinished job for this document's content, if it has one.
    std::optional<StampJob> unfinishedJobFor(const QString &sourcePath) const;
    void runNext();
    void finishRun(const Failure &refusal = {});

    EmeteraiClient &m_client;
    Journal &m_journal;
    Clock &m_clock;
    StampVerifier m_verifier;
    QList<Entry> m_entries;
    bool m_running = false;
    QList<qint64> m_followUpJobs;
    FollowUp m_followUp{[this] { resume(m_followUpJobs); }};
};

} // namespace bubuh
