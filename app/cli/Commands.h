#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace bubuh {

class CliContext;
struct Placement;
class PurchaseFlow;
class StampFlow;
struct OrderRecord;
struct StampJob;

// Each command starts its work and calls done(exitCode) exactly once, when it is over.
namespace Commands {

using Done = std::function<void(int)>;

// The commands' messages share one translation context.
inline QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("bubuh::Commands", text, nullptr, n);
}

void login(CliContext &cli, Done done);
void balance(CliContext &cli, Done done);
void buy(CliContext &cli, Done done);
void stamp(CliContext &cli, Done done);
void history(CliContext &cli, Done done);
void resume(CliContext &cli, Done done);
void evidence(CliContext &cli, Done done);
void inspect(CliContext &cli, Done done);
void shrink(CliContext &cli, Done done);
void topdf(CliContext &cli, Done done);
void place(CliContext &cli, Done done);

// The bytes of a document the command reads, or why it cannot be read (to fail with).
Result<QByteArray> readDocument(const QString &file);

// The share of ink under placement in file, or nullopt with why it cannot be told; and the
// refusal stamp gives when it covers ink (before any quota is spent).
std::optional<double> inkUnder(const QString &file, const Placement &placement, QString *problem);
QString overlapRefusal(double share);
void verify(CliContext &cli, Done done);
void cancel(CliContext &cli, Done done);

// Shared by the commands: how jobs are shown, and running a flow to its end
// (report = false prints only a line on standard error, for work settled on the side).
QString orderLine(const OrderRecord &order);
QJsonObject jobJson(const StampJob &job);
void runPurchase(CliContext &cli, PurchaseFlow *flow, Done done, bool report = true);
void runStamp(CliContext &cli, StampFlow *flow, Done done, bool report = true);

// Finishes or reconciles what was left unfinished first (design.md: at the start of every
// command that talks to the service), then runs next. Orders cost nothing to settle; a job's
// next step may buy an SN, so only commands that stamp anyway continue jobs.
enum class Settle { OrdersOnly, Everything };
void reconcileFirst(CliContext &cli, Settle what, std::function<void()> next);

} // namespace Commands

} // namespace bubuh
