#include "StampBatch.h"

#include "core/Clock.h"
#include "net/EmeteraiClient.h"

#include <QDir>
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
    const QString base = info.completeBaseName() + u"_bermeterai"_s;
    QString path = dir.absoluteFilePath(base + u".pdf"_s);
    for (int n = 2; QFileInfo::exists(path) || taken.contains(path); ++n)
        path = dir.absoluteFilePath(u"%1-%2.pdf"_s.arg(base).arg(n));
    return path;
}

void StampBatch::start(QList<StampFlow::Request> requests, const QString &resultsFolder)
{
    if (m_running || requests.isEmpty())
        return;
    m_followUp.cancel(); // a new run; what waited is in the journal for the next start
    QStringList taken;
    m_entries.clear();
    for (StampFlow::Request &request : requests) {
        if (request.outputPath.isEmpty())
            request.outputPath = resultPathFor(request.sourcePath, resultsFolder, taken);
        taken << request.outputPath;
        Entry entry;
        entry.request = request;
        entry.job.sourcePath = request.sourcePath;
        entry.job.fileName = QFileInfo(request.sourcePath).fileName();
        entry.job.state = u"WAITING"_s;
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
        const qint64 needed = m_entries.size();
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

void StampBatch::resumeUnfinished()
{
    QList<qint64> ids;
    for (const StampJob &job : m_journal.unfinishedJobs())
        ids << job.id;
    resume(ids);
}

void StampBatch::resume(const QList<qint64> &jobIds)
{
    if (m_running)
        return;
    m_followUp.cancel();
    m_entries.clear();
    for (const StampJob &job : m_journal.unfinishedJobs()) {
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
        saved += entry.job.state == u"SAVED" ? 1 : 0;
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
