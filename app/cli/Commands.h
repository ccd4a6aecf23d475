#pragma once

#include <functional>

namespace bubuh {

class CliContext;

// Each command starts its work and calls done(exitCode) exactly once, when it is over.
namespace Commands {

using Done = std::function<void(int)>;

void login(CliContext &cli, Done done);
void balance(CliContext &cli, Done done);
void buy(CliContext &cli, Done done);
void stamp(CliContext &cli, Done done);
void history(CliContext &cli, Done done);
void resume(CliContext &cli, Done done);
void evidence(CliContext &cli, Done done);

} // namespace Commands

} // namespace bubuh
