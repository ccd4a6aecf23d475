#include "CliContext.h"
#include "Commands.h"
#include "TerminalEcho.h"

#include "net/EmeteraiClient.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

namespace {

int failureExit(const Failure &f)
{
    return CliContext::exitCodeFor(endingFor(f));
}

} // namespace

void login(CliContext &cli, Done done)
{
    const QString user = cli.options().value(u"user"_s);
    if (user.isEmpty()) {
        done(cli.fail(
            {tr("Give the account name: bubuh-cli login --user NAME --password-stdin"), {}},
            CliContext::Usage));
        return;
    }
    // The password only ever comes from standard input, never from the command line.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        done(
            cli.fail({tr("Cannot read the password from standard input."), {}}, CliContext::Usage));
        return;
    }
    QString password;
    {
        // From a terminal: asked for, and not echoed. From a pipe: read as it comes.
        TerminalEcho noEcho;
        QFile prompt;
        const bool asking = noEcho.isTerminal() && prompt.open(stderr, QIODevice::WriteOnly);
        if (asking)
            prompt.write(tr("Password: ").toUtf8());
        QByteArray line = in.readLine();
        password = QString::fromUtf8(line).trimmed();
        line.fill('\0'); // no copy of the password left behind in the buffer
        if (asking)
            prompt.write("\n"); // the typed Enter was not echoed either
    }
    if (password.isEmpty()) {
        done(cli.fail({tr("No password on standard input. Example: echo PASSWORD | bubuh-cli login "
                          "--user NAME --password-stdin"),
                       {}},
                      CliContext::Usage));
        return;
    }
    cli.client().login(user, password, [&cli, done, user, password](Result<LoginReply> r) {
        if (!r) {
            done(cli.fail(r.failure(), failureExit(r.failure())));
            return;
        }
        cli.profile().saveUser(cli.settings(), user);
        cli.settings().sync();
        cli.secrets().write(
            cli.secretKey(u"password"_s), password, [&cli, done, r](Result<bool> stored) {
                if (!stored) {
                    done(cli.fail(stored.failure(), CliContext::Unusable));
                    return;
                }
                cli.secrets().write(
                    cli.secretKey(u"token"_s), r->token, [&cli, done, r](Result<bool> token) {
                        if (!token) {
                            done(cli.fail(token.failure(), CliContext::Unusable));
                            return;
                        }
                        const QString name = r->firstName.isEmpty() ? r->email : r->firstName;
                        cli.say(tr("Signed in as %1. The password is kept in the system keychain.")
                                    .arg(name));
                        done(cli.finishJson({{u"user"_s, cli.user()}, {u"name"_s, name}},
                                            CliContext::Ok));
                    });
            });
    });
}

void balance(CliContext &cli, Done done)
{
    if (!cli.journal()) { // its unfinished orders are settled first: the journal is needed
        done(cli.journalExit());
        return;
    }
    cli.signIn([&cli, done](bool ok) {
        if (!ok) {
            done(CliContext::Usage);
            return;
        }
        // Settling orders is free; a stamp job's next step may cost quota, so it waits for
        // resume or stamp.
        reconcileFirst(cli, Settle::OrdersOnly, [&cli, done] {
            cli.client().fetchBalance([&cli, done](Result<Balance> b) {
                if (!b) {
                    done(cli.fail(b.failure(), failureExit(b.failure())));
                    return;
                }
                cli.say(
                    tr("Quota: %1 · waiting to be stamped: %2").arg(b->saldo).arg(b->notStamped));
                done(cli.finishJson(
                    {{u"saldo"_s, double(b->saldo)}, {u"notstamp"_s, double(b->notStamped)}},
                    CliContext::Ok));
            });
        });
    });
}

} // namespace bubuh::Commands
