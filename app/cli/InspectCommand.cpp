#include "CliContext.h"
#include "Commands.h"

#include "pdf/DocumentInspector.h"

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

void inspect(CliContext &cli, Done done)
{
    const QString file = cli.options().positionalArguments().value(1);
    if (file.isEmpty()) {
        done(cli.fail({tr("Use: bubuh-cli inspect FILE [--json]"), {}}, CliContext::Usage));
        return;
    }
    // Offline: nothing here talks to the service.
    const Inspection r = DocumentInspector::inspectFile(file, cli.inspectionOptions(file));
    const int code = r.usable() ? CliContext::Ok : CliContext::Unusable;
    if (!cli.json()) {
        cli.say(tr("%1: PDF %2, %n page(s), %3 KB", int(r.pages.size()))
                    .arg(r.file, r.pdfVersion.isEmpty() ? u"?"_s : r.pdfVersion)
                    .arg((r.sizeBytes + 1023) / 1024));
        if (const QString size = r.sizeSummary(); !size.isEmpty())
            cli.say(u"  "_s + size);
        for (int i = 0; i < r.pages.size(); ++i) {
            const QSizeF shown = r.pages[i].displaySize();
            cli.say(tr("  page %1: %2 × %3 pt as displayed, rotated %4°")
                        .arg(i + 1)
                        .arg(shown.width(), 0, 'f', 1)
                        .arg(shown.height(), 0, 'f', 1)
                        .arg(r.pages[i].rotate));
        }
        for (const Inspection::Problem &p : r.problems)
            cli.say((p.severity == Inspection::Problem::Severity::Error ? tr("Problem: %1")
                                                                        : tr("Note: %1"))
                        .arg(p.message));
        cli.say(r.usable() ? tr("The document can be stamped.")
                           : tr("The document cannot be stamped as it is."));
    }
    done(cli.finishJson(r.toJson(), code));
}

} // namespace bubuh::Commands
