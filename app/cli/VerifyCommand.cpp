#include "CliContext.h"
#include "Commands.h"

#include "pdf/StampVerifier.h"

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

void verify(CliContext &cli, Done done)
{
    const QString file = cli.options().positionalArguments().value(1);
    if (file.isEmpty()) {
        done(cli.fail({tr("Use: bubuh-cli verify FILE [--original ORIGINAL] [--json]"), {}},
                      CliContext::Usage));
        return;
    }
    // Offline: the document, its signatures and the trust anchors are all there is.
    const Verification v = cli.verifier().verifyFile(file, cli.options().value(u"original"_s));
    if (!cli.json()) {
        cli.say(v.summary());
        for (const QString &line : v.details())
            cli.say(u"  "_s + line);
        if (v.originalIsPrefix)
            cli.say(*v.originalIsPrefix
                        ? tr("The original document is unchanged at the start of this file.")
                        : tr("The original document is NOT unchanged at the start of this file."));
    }
    done(cli.finishJson(v.toJson(), v.valid() ? CliContext::Ok : CliContext::VerifyFailed));
}

} // namespace bubuh::Commands
