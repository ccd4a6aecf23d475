#include "StampPlan.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::StampPlan)
};

bool hasProblem(const Inspection &inspection, QStringView code)
{
    return std::any_of(inspection.problems.cbegin(), inspection.problems.cend(),
                       [code](const Inspection::Problem &p) { return p.code == code; });
}

// The first error other than the size: a document that cannot be read is not "too large".
const Inspection::Problem *firstBlockingError(const Inspection &inspection)
{
    for (const Inspection::Problem &p : inspection.problems) {
        if (p.severity == Inspection::Problem::Severity::Error
            && p.code != u"too-large-after-stamp")
            return &p;
    }
    return nullptr;
}

} // namespace

StampPlan::StampPlan(DocumentTypeCatalog types) : m_types(std::move(types)) { }

void StampPlan::chooseType(const QString &path, const QString &name)
{
    m_chosenType.insert(path, name);
}

DocumentType StampPlan::typeFor(const QString &path) const
{
    const DocumentType guessed = m_types.guess(QFileInfo(path).fileName());
    const auto chosen = m_chosenType.constFind(path);
    return chosen == m_chosenType.cend() ? guessed : m_types.find(*chosen).value_or(guessed);
}

StampPlan::Row StampPlan::row(const Document &document, const std::optional<StampJob> &job) const
{
    const std::optional<StampJob> savedBefore
        = job && job->state == JobState::Saved ? job : std::nullopt;
    const bool holdsSerial = job && !job->finished() && mayHoldSerial(job->state);
    const Inspection &inspection = document.inspection;
    Row row;
    row.path = document.path;
    row.hash = document.hash;
    row.type = typeFor(document.path);
    row.placement = document.placement;
    row.sizeSummary = inspection.sizeSummary();
    row.predictedStampedBytes = inspection.predictedStampedBytes;
    row.uploadLimitBytes = inspection.uploadLimitBytes;
    row.stampGrowthBytes = inspection.stampGrowthBytes;
    for (const Inspection::Signature &s : inspection.signatures) {
        if (!s.sn.isEmpty()) {
            row.stampedSn = s.sn;
            break;
        }
    }
    if (savedBefore) {
        row.stampedSn = savedBefore->sn;
        row.resultPath = savedBefore->resultPath;
    }
    const Inspection::Problem *error = firstBlockingError(inspection);
    if (!document.supersededBy.isEmpty()) {
        row.readiness = Readiness::Replaced;
        row.replacement = document.supersededBy;
    } else if (holdsSerial) {
        // Paid for already: continued with its serial, whatever else is true of it now.
        row.readiness = Readiness::InProgress;
        row.stampedSn = job->sn;
    } else if (savedBefore || !row.stampedSn.isEmpty()) {
        // A second e-Meterai would cost a second quota for nothing (bubuh-cli can still do it
        // where it is wanted).
        row.readiness = Readiness::AlreadyStamped;
    } else if (inspection.needsPassword || hasProblem(inspection, u"needs-password")
               || hasProblem(inspection, u"encrypted")) {
        row.readiness = Readiness::PasswordProtected;
    } else if (error) {
        row.readiness = Readiness::Unusable;
        row.problem = error->message;
    } else if (hasProblem(inspection, u"too-large-after-stamp")) {
        row.readiness = Readiness::TooLarge;
    } else if (!document.coversInk) {
        row.readiness = Readiness::CheckingInk; // not offered until known to be blank paper
    } else {
        row.readiness = *document.coversInk ? Readiness::CoversInk : Readiness::Ready;
    }
    return row;
}

QList<StampPlan::Row> StampPlan::rows(const QList<Document> &documents,
                                      const Journal &journal) const
{
    QStringList hashes;
    for (const Document &d : documents) {
        if (!d.hash.isEmpty() && !hashes.contains(d.hash))
            hashes << d.hash;
    }
    // hash -> the job that decides: the first that saved a result of it, else an unfinished one
    // of this owner that holds its serial.
    QHash<QString, StampJob> decisive;
    const Result<QList<StampJob>> jobs = journal.jobsForDocuments(hashes);
    if (jobs) {
        for (const StampJob &job : jobs.value()) {
            const auto known = decisive.constFind(job.documentHash);
            const bool saved = job.state == JobState::Saved;
            const bool continuable = !job.finished() && mayHoldSerial(job.state)
                && journal.owner().mayContinue(job.owner);
            if ((saved && (known == decisive.cend() || known->state != JobState::Saved))
                || (continuable && known == decisive.cend()))
                decisive.insert(job.documentHash, job);
        }
    }
    QStringList order;
    QHash<QString, const Document *> latest;
    for (const Document &d : documents) {
        if (!latest.contains(d.path))
            order << d.path;
        latest.insert(d.path, &d);
    }
    QList<Row> result;
    for (const QString &path : order) {
        const Document &d = *latest.value(path);
        const auto job = d.hash.isEmpty() ? decisive.cend() : decisive.constFind(d.hash);
        Row r = row(d, job == decisive.cend() ? std::nullopt : std::optional<StampJob>(*job));
        if (!jobs && r.ready()) {
            // Without the journal Bubuh cannot know what it stamped before: nothing is offered.
            r.readiness = Readiness::Unusable;
            r.problem = Text::tr("Bubuh cannot read its journal (%1), so it cannot tell whether "
                                 "this document was stamped before. Close other programs that "
                                 "use it and start Bubuh again.")
                            .arg(jobs.failure().message);
        }
        result << r;
    }
    return result;
}

QStringList StampPlan::readyPaths(const QList<Row> &rows)
{
    QStringList paths;
    for (const Row &r : rows) {
        if (r.ready())
            paths << r.path;
    }
    return paths;
}

int StampPlan::quotaNeeded(const QList<Row> &rows)
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.needsQuota(); }));
}

int StampPlan::shortfall(const QList<Row> &rows, std::optional<qint64> quota)
{
    return quota ? int(qMax<qint64>(0, quotaNeeded(rows) - *quota)) : 0;
}

QString StampPlan::Row::stateText() const
{
    switch (readiness) {
    case Readiness::Ready: return Text::tr("ready to stamp");
    case Readiness::InProgress:
        return Text::tr("ready: continues with its serial number %1, already paid for")
            .arg(stampedSn);
    case Readiness::CheckingInk: return Text::tr("checking that the stamp lands on blank paper…");
    case Readiness::CoversInk:
        return Text::tr("the stamp covers text or ink: move it in step 3 (Position)");
    case Readiness::AlreadyStamped:
        return Text::tr("already stamped (serial number %1): it is not stamped again")
            .arg(stampedSn);
    case Readiness::TooLarge:
        return Text::tr("needs to be made smaller: ±%1 KB once stamped, and the portal takes "
                        "%2 KB; use Make smaller in step 2")
            .arg(Inspection::kilobytes(predictedStampedBytes))
            .arg(Inspection::kilobytes(uploadLimitBytes));
    case Readiness::PasswordProtected:
        return Text::tr("protected with a password: save a copy without the password "
                        "(\"Save as PDF\") and open that");
    case Readiness::Replaced:
        return Text::tr("replaced by its smaller copy %1, which is stamped instead")
            .arg(QFileInfo(replacement).fileName());
    case Readiness::Unusable: return Text::tr("cannot be stamped: %1").arg(problem);
    }
    return {};
}

} // namespace bubuh
