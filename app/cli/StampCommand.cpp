#include "CliContext.h"
#include "Commands.h"
#include "net/DocumentTypeCatalog.h"

#include "core/Clock.h"
#include "flow/StampFlow.h"
#include "journal/Journal.h"
#include "pdf/InkMap.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

QJsonObject jobJson(const StampJob &j)
{
    return {{u"id"_s, double(j.id)},
            {u"file"_s, j.sourcePath},
            {u"out"_s, j.outputPath},
            {u"state"_s, toText(j.state)},
            {u"sn"_s, j.sn},
            {u"page"_s, j.page},
            {u"rect"_s,
             QJsonArray{j.userBox.left(), j.userBox.top(), j.userBox.right(), j.userBox.bottom()}},
            {u"result"_s, j.resultPath},
            {u"verdict"_s, toText(j.verdict)},
            {u"verdictDetail"_s, j.verdictDetail},
            {u"error"_s, j.lastError}};
}

void runStamp(CliContext &cli, StampFlow *flow, Done done, bool report)
{
    QObject::connect(flow, &StampFlow::status, flow,
                     [&cli](const FlowStatus &s) { cli.progress(s); });
    QObject::connect(
        flow, &StampFlow::finished, flow,
        [&cli, flow, done, report](FlowEnding ending, const Failure &failure) {
            const StampJob j = flow->job();
            flow->deleteLater();
            const int code = CliContext::exitCodeFor(ending);
            if (code != CliContext::Ok && !failure.message.isEmpty())
                cli.fail(failure, code);
            QString line;
            if (j.state == JobState::Saved && j.verdict == StampVerdict::Valid)
                line = tr("Stamped with serial number %1, checked and saved to %2.")
                           .arg(j.sn, j.resultPath);
            else if (j.state == JobState::Saved) // intact, but the issuer is not among the anchors
                line = tr("Stamped with serial number %1 and saved to %2. It is intact, but its "
                          "issuer could not be confirmed: %3")
                           .arg(j.sn, j.resultPath, j.verdictDetail);
            else if (j.id && !j.finished())
                line = tr("Job %1 stopped at %2; bubuh-cli resume continues it.")
                           .arg(j.id)
                           .arg(toText(j.state));
            if (!report) {
                if (!line.isEmpty())
                    cli.progress({FlowStatus::Phase::Working, line});
                done(code);
                return;
            }
            if (!line.isEmpty())
                cli.say(line);
            done(cli.finishJson(jobJson(j), code));
        });
}

void stamp(CliContext &cli, Done done)
{
    const QStringList args = cli.options().positionalArguments();
    QCommandLineParser &o = cli.options();
    const QString file = args.value(1);
    bool okPage = false, okX = false, okY = false, okSize = true;
    Placement placement;
    placement.page = o.value(u"page"_s).toInt(&okPage);
    placement.u = o.value(u"x"_s).toDouble(&okX);
    placement.v = o.value(u"y"_s).toDouble(&okY);
    if (o.isSet(u"size"_s))
        placement.size = o.value(u"size"_s).toDouble(&okSize);
    const QString unit = o.value(u"unit"_s);
    if (file.isEmpty() || !o.isSet(u"out"_s) || !okPage || !okX || !okY || !okSize
        || (unit != u"pt" && unit != u"mm")) {
        done(cli.fail({tr("Use: bubuh-cli stamp FILE --out OUT --page P --x U --y V [--size S] "
                          "[--unit pt|mm]"),
                       {}},
                      CliContext::Usage));
        return;
    }
    if (unit == u"mm") {
        constexpr double ptPerMm = 72.0 / 25.4;
        placement.u *= ptPerMm;
        placement.v *= ptPerMm;
        placement.size *= ptPerMm;
    }
    if (placement.size < 54 || placement.size > 200) {
        done(cli.fail({tr("The stamp size must be between 54 and 200 pt (19 to 70 mm)."), {}},
                      CliContext::Usage));
        return;
    }
    // The stamp must not cover text or a signature: checked offline, before any quota is spent.
    if (!o.isSet(u"allow-overlap"_s)) {
        QString why;
        const std::optional<double> share = inkUnder(file, placement, &why);
        if (share && *share > InkMap::kCoverThreshold) {
            done(cli.fail({overlapRefusal(*share), u"covers-ink"_s}, CliContext::Unusable));
            return;
        }
        if (!share)
            cli.progress({FlowStatus::Phase::Working,
                          tr("Whether the stamp covers text could not be checked: %1").arg(why)});
    }
    Journal *journal = cli.journal();
    if (!journal) {
        done(cli.journalExit());
        return;
    }
    StampFlow::Request request;
    request.sourcePath = file;
    request.outputPath = o.value(u"out"_s);
    request.placement = placement;
    request.preflight = cli.inspectionOptions(file);
    // --type takes a kode (3) or a name (Surat Pernyataan); without it, the applicant's
    // default for this file name (kode 3, never a money document).
    const DocumentTypeCatalog types = DocumentTypeCatalog::load(cli.settings());
    const std::optional<DocumentType> type = o.isSet(u"type"_s)
        ? types.find(o.value(u"type"_s))
        : std::optional<DocumentType>(types.guess(QFileInfo(file).fileName()));
    if (!type) {
        QStringList known;
        for (const DocumentType &t : types.types())
            known << u"%1 (%2)"_s.arg(t.kode, t.name);
        done(cli.fail({tr("Unknown document type \"%1\". Use a kode or a name: %2")
                           .arg(o.value(u"type"_s), known.join(u", "_s)),
                       {}},
                      CliContext::Usage));
        return;
    }
    request.documentType = type->kode;
    cli.signIn([&cli, done, journal, request](bool signedIn) {
        if (!signedIn) {
            done(CliContext::Usage);
            return;
        }
        reconcileFirst(cli, Settle::Everything, [&cli, done, journal, request] {
            auto *flow = new StampFlow(cli.client(), *journal, Clock::system());
            flow->setVerifier(cli.verifier());
            runStamp(cli, flow, done);
            flow->start(request);
        });
    });
}

} // namespace bubuh::Commands
