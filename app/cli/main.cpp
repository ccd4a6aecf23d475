// bubuh-cli: the Bubuh core for scripts, power users and tests (design.md "bubuh-cli").
#include "CliContext.h"
#include "Commands.h"

#include "core/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Diagnostics only when asked for (QT_LOGGING_RULES="bubuh.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"bubuh.*.debug=false"_s);
    QCoreApplication::setApplicationName(u"bubuh-cli"_s);
    QCoreApplication::setOrganizationName(u"Bubuh"_s);
    QCoreApplication::setOrganizationDomain(u"bubuh.id"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUBUH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Bubuh: e-Meterai from the command line.\n\nCommands:\n"
        "  inspect FILE                      pre-flight checks, offline\n"
        "  login --user U --password-stdin   sign in; password and token go to the keychain\n"
        "  balance                           quota left and serial numbers not yet stamped\n"
        "  buy --quantity N [--method QRIS|VA] [--wait]\n"
        "  stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm] [--type ID]\n"
        "  history                           orders and stamp jobs in the journal\n"
        "  resume                            continue every unfinished order and job\n"
        "  evidence ORDER [--out FILE]       an order's record for a complaint\n\n"
        "Exit codes: 0 done, 1 usage, 2 unusable input, 3 verification failed,\n"
        "4 service unavailable after the deadline, 5 outcome unknown (run resume later)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"What to do (see above)."_s);
    parser.addOptions({
        {u"json"_s, u"Machine-readable output."_s},
        {u"lang"_s, u"Language of messages: id (default) or en."_s, u"LANG"_s, u"id"_s},
        {u"data-dir"_s, u"Folder of the journal and settings."_s, u"DIR"_s},
        {u"server"_s, u"One base URL for every service role (the simulator)."_s, u"URL"_s},
        {u"trust"_s, u"An extra trusted root certificate (PEM)."_s, u"CA.pem"_s},
        {u"timeout"_s, u"Seconds the service may stay busy before giving up."_s, u"S"_s},
        {u"user"_s, u"Account name."_s, u"U"_s},
        {u"password-stdin"_s, u"Read the password from standard input."_s},
        {u"quantity"_s, u"How many e-Meterai to buy."_s, u"N"_s},
        {u"method"_s, u"Payment method: QRIS or VA."_s, u"M"_s, u"QRIS"_s},
        {u"wait"_s, u"Follow the order until its quota arrives."_s},
        {u"out"_s, u"Where to write the result."_s, u"OUT"_s},
        {u"page"_s, u"Page for the stamp (1 = first)."_s, u"P"_s},
        {u"x"_s, u"Stamp's left edge from the page's left as displayed."_s, u"U"_s},
        {u"y"_s, u"Stamp's top edge from the page's top as displayed."_s, u"V"_s},
        {u"size"_s, u"Stamp size (default 100 pt)."_s, u"S"_s},
        {u"unit"_s, u"Unit of --x, --y, --size: pt or mm."_s, u"UNIT"_s, u"pt"_s},
        {u"type"_s, u"Document type id (jenisdoc)."_s, u"ID"_s},
    });
    parser.process(app);
    bubuh::Language::install(parser.value(u"lang"_s));

    static const QHash<QString, void (*)(bubuh::CliContext &, bubuh::Commands::Done)> commands = {
        {u"login"_s, &bubuh::Commands::login},       {u"balance"_s, &bubuh::Commands::balance},
        {u"buy"_s, &bubuh::Commands::buy},           {u"stamp"_s, &bubuh::Commands::stamp},
        {u"history"_s, &bubuh::Commands::history},   {u"resume"_s, &bubuh::Commands::resume},
        {u"evidence"_s, &bubuh::Commands::evidence}, {u"inspect"_s, &bubuh::Commands::inspect},
    };
    const QString name = parser.positionalArguments().value(0);
    const auto command = commands.value(name);
    if (!command) {
        QTextStream(stderr) << (name.isEmpty() ? QString()
                                               : u"bubuh-cli: unknown command '%1'\n\n"_s.arg(name))
                            << parser.helpText();
        return bubuh::CliContext::Usage;
    }
    bubuh::CliContext cli(parser);
    int exitCode = -1;
    QTimer::singleShot(0, &app, [&] {
        command(cli, [&](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
    });
    if (exitCode < 0) // the command may have finished before the loop starts
        app.exec();
    return exitCode < 0 ? bubuh::CliContext::Unknown : exitCode;
}
