#include "StampBatch.h"

#include "core/Clock.h"
#include "flow/ResultFile.h"
#include "net/EmeteraiClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bubuh {

StampBatch::StampBatch(EmeteraiClient &client, Journal &journal, Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_clock(clock)
{ }

QString StampBatch::resultPathFor(const QString &source, const QString &folder,
                                  const QStringList &taken)
{
    const QFileInfo info(source);
    const QDir dir(folder.isEmpty() ? info.absolutePath() : folder);
    return ResultFile::nextFree(
        dir.absoluteFilePath(info.completeBaseName() + u"_bermeterai.pdf"_s), taken);
}

void StampBatch::start(QList<StampFlow::Request> requests, const QString &resultsFolder)
{
    if (m_running || requests.isEmpty())
        return;
    m_followUp.cancel(); // a new run; what waited is in the journal for the next start
    QStringList taken;
    m_entries.clear();
    for (StampFlow::Request &request : requests) {
        Entry entry;
        if (const std::optional<StampJob> existing = unfinishedJobFor(request.sourcePath)) {
            // Stamp pressed again for a document still being stamped: that job goes on.
            entry.job = *existing;
            request.outputPath = existing->outputPath;
        } else {
            if (request.outputPath.isEmpty())
                request.outputPath = resultPathFor(request.sourcePath, resultsFolder, taken);
            entry.job.sourcePath = request.sourcePath;
            entry.job.fileName = QFileInfo(request.sourcePath).fileName();
        }
        taken << request.outputPath;
        entry.request = request;
        m_entries << entry;
    }
    m_running = true;
    for (int i = 0; i < m_entries.size(); ++i)
        Q_EMIT entryChanged(i);
    // One quota per document, checked before anything is spent.
    m_client.fetchBalance([this](Result<Balance> balance) {
        if (!balance) {
            finishRun(balance.failure());
            return;
        }
        // A job that holds its SN already needs no more quota.
        const qint64 needed
            = std::count_if(m_entries.cbegin(), m_entries.cend(),
                            [](const Entry &e) { return !mayHoldSerial(e.job.state); });
        if (balance->saldo < needed) {
            finishRun({tr("Not enough quota: %n document(s) need %n e-Meterai, and %1 left. "
                          "Buy more in step 1 first.",
                          nullptr, int(needed))
                           .arg(balance->saldo),
                       u"saldo %1 < %2"_s.arg(balance->saldo).arg(needed), Failure::Kind::Refused});
            return;
        }
        runNext();
    });
}

std::optional<StampJob> StampBatch::unfinishedJobFor(const QString &sourcePath) const
{
    QFile f(sourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt; // the flow says why it cannot be read
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    const Result<std::optional<StampJob>> job = m_journal.unfinishedJobFor(hash);
    return job ? job.value() : std::nullopt;
}

void StampBatch::resumeUnfinished()
{
    QList<qint64> ids;
    const Result<QList<StampJob>> unfinished = m_journal.unfinishedJobs();
    for (const StampJob &job : unfinished ? unfinished.value() : QList<StampJob>())
        ids << job.id;
    resume(ids);
}

void StampBatch::resume(const QList<qint64> &jobIds)
{
    if (m_running)
        return;
    m_followUp.cancel();
    m_entries.clear();
    const Result<QList<StampJob>> unfinished = m_journal.unfinishedJobs();
    for (const StampJob &job : unfinished ? unfinished.value() : QList<StampJob>()) {
        if (!jobIds.contains(job.id))
            continue;
        Entry entry;
        entry.job = job;
        entry.request.sourcePath = job.sourcePath;
        entry.request.outputPath = job.outputPath;
        m_entries << entry;
    }
    if (m_entries.isEmpty())
        return;
    m_running = true;
    for (int i = 0; i < m_entries.size(); ++i)
        Q_EMIT entryChanged(i);
    runNext();
}

bool StampBatch::cancellable(int index) const
{
    if (m_running || index < 0 || index >= m_entries.size())
        return false;
    const StampJob &job = m_entries.at(index).job;
    return job.id && !job.finished() && !mayHoldSerial(job.state);
}

Result<StampJob> StampBatch::cancel(int index)
{
    if (!cancellable(index))
        return Failure{tr("Only a document waiting without a serial number can be cancelled."),
                       u"not cancellable"_s};
    const Result<StampJob> cancelled = StampFlow::cancel(m_journal, m_entries[index].job.id);
    if (cancelled) {
        m_entries[index].job = cancelled.value();
        m_followUpJobs.removeAll(cancelled->id);
        if (m_followUpJobs.isEmpty())
            m_followUp.cancel();
        Q_EMIT entryChanged(index);
    }
    return cancelled;
}

void StampBatch::runNext()
{
    const auto next
        = std::find_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.done; });
    if (next == m_entries.end()) {
        finishRun();
        return;
    }
    const int index = int(next - m_entries.begin());
    auto *flow = new StampFlow(m_client, m_journal, m_clock, this);
    flow->setVerifier(m_verifier);
    connect(flow, &StampFlow::changed, this, [this, index](const StampJob &job) {
        m_entries[index].job = job;
        Q_EMIT entryChanged(index);
    });
    connect(flow, &StampFlow::status, this, &StampBatch::status);
    connect(flow, &StampFlow::finished, this,
            [this, index, flow](FlowEnding ending, const Failure &failure) {
                Entry &entry = m_entries[index];
                if (flow->job().id)
                    entry.job = flow->job();
                entry.done = true;
                entry.ending = ending;
                entry.failure = failure;
                flow->deleteLater();
                Q_EMIT entryChanged(index);
                runNext(); // a failure of one does not stop the others
            });
    if (next->job.id)
        flow->resume(next->job.id);
    else
        flow->start(next->request);
}

void StampBatch::finishRun(const Failure &refusal)
{
    m_running = false;
    int saved = 0;
    m_followUpJobs.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (!refusal.message.isEmpty() && !entry.done) {
            entry.done = true;
            entry.ending = FlowEnding::Refused;
            entry.failure = refusal;
            Q_EMIT entryChanged(i);
        }
        saved += entry.job.state == JobState::Saved ? 1 : 0;
        if (entry.job.id && !entry.job.finished()
            && (entry.ending == FlowEnding::Unavailable
                || entry.ending == FlowEnding::OutcomeUnknown))
            m_followUpJobs << entry.job.id;
    }
    if (!m_followUpJobs.isEmpty())
        m_followUp.schedule(m_clock);
    Q_EMIT finished(saved, int(m_entries.size()) - saved, refusal);
}

} // namespace bubuh
