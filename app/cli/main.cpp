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

    // The language is needed before the help text is built, so it is read ahead of parsing.
    const QStringList arguments = QCoreApplication::arguments();
    QString language = QString::fromLatin1(bubuh::Language::kDefault);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(u"--lang="_s))
            language = arguments[i].mid(7);
    }
    bubuh::Language::install(language);
    const auto text
        = [](const char *source) { return QCoreApplication::translate("bubuh-cli", source); };

    QCommandLineParser parser;
    parser.setApplicationDescription(text(QT_TRANSLATE_NOOP(
        "bubuh-cli",
        "Bubuh: e-Meterai from the command line.\n\nCommands:\n"
        "  inspect FILE                      pre-flight checks, offline\n"
        "  shrink FILE [--out OUT] [--limit KB] [--dpi N]\n"
        "                                    a smaller copy whose stamped result fits, offline\n"
        "  topdf IMAGE... --out OUT [--limit KB] [--dpi N]\n"
        "                                    photos and scans (JPEG, PNG) to one A4 PDF\n"
        "  place FILE --page P [--size S]    a blank spot for the stamp (--json: x, y, covered)\n"
        "  login --user U --password-stdin   sign in; password and token go to the keychain\n"
        "  balance                           quota left and serial numbers not yet stamped\n"
        "  buy --quantity N [--method QRIS|VA] [--wait]\n"
        "                                    buy quota; --wait follows the order until it arrives\n"
        "  stamp FILE --out OUT --page P --x U --y V [--size S] [--unit pt|mm]\n"
        "                                    stamp, check and save (--type CODE|NAME; refused\n"
        "                                    over text or ink unless --allow-overlap)\n"
        "  history                           orders and stamp jobs in the journal\n"
        "  resume                            continue every unfinished order and job\n"
        "  cancel JOB                        end a stamp job that holds no serial number yet\n"
        "  evidence ORDER [--out FILE]       an order's record for a complaint\n"
        "  verify FILE [--original ORIG]     checks an e-Meterai offline\n\n"
        "Exit codes: 0 done, 1 usage, 2 unusable input, 3 verification failed,\n"
        "4 service unavailable after the deadline, 5 outcome unknown (run resume later),\n"
        "6 another Bubuh holds the journal (see --wait-lock).")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
                                 text(QT_TRANSLATE_NOOP("bubuh-cli", "What to do (see above).")));
    parser.addOptions({
        {u"json"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Machine-readable output."))},
        {u"lang"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "Language of messages: id (default) or en.")),
         u"LANG"_s, u"id"_s},
        {u"data-dir"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Folder of the journal and settings.")),
         u"DIR"_s},
        {u"wait-lock"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "When the window or another bubuh-cli holds the journal, wait "
                                "for it instead of stopping."))},
        {u"server"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "One base URL for every service role (the simulator).")),
         u"URL"_s},
        {u"profile"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "Service profile: demo, peruri-staging, peruri-produksi or lainnya "
                                "(the addresses in settings).")),
         u"NAME"_s},
        {u"shop"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "The distributor's shop address for the chosen profile.")),
         u"URL"_s},
        {u"trust"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "An extra trusted root certificate (PEM).")),
         u"CA.pem"_s},
        {u"anchor"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "A root certificate (PEM) that e-Meterai signatures are checked "
                                "against; may be repeated.")),
         u"CA.pem"_s},
        {u"tsa-anchor"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "A root certificate (PEM) of the time-stamping authority whose "
                                "tokens prove when a stamp was made; may be repeated.")),
         u"CA.pem"_s},
        {u"original"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "The original document, to check it is unchanged.")),
         u"ORIG"_s},
        {u"timeout"_s,
         text(
             QT_TRANSLATE_NOOP("bubuh-cli", "Seconds the service may stay busy before giving up.")),
         u"S"_s},
        {u"user"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Account name.")), u"U"_s},
        {u"password-stdin"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "Read the password from standard input."))},
        {u"quantity"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "How many e-Meterai to buy.")), u"N"_s},
        {u"method"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Payment method: QRIS or VA.")), u"M"_s,
         u"QRIS"_s},
        {u"wait"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "Follow the order until its quota arrives."))},
        {u"out"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Where to write the result.")), u"OUT"_s},
        {u"page"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Page for the stamp (1 = first).")),
         u"P"_s},
        {u"x"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "Stamp's left edge from the page's left as displayed.")),
         u"U"_s},
        {u"y"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli", "Stamp's top edge from the page's top as displayed.")),
         u"V"_s},
        {u"size"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Stamp size (default 100 pt).")), u"S"_s},
        {u"unit"_s, text(QT_TRANSLATE_NOOP("bubuh-cli", "Unit of --x, --y, --size: pt or mm.")),
         u"UNIT"_s, u"pt"_s},
        {u"type"_s,
         text(
             QT_TRANSLATE_NOOP("bubuh-cli",
                               "Document type (jenisdoc): a kode (3) or a name (Surat Pernyataan). "
                               "Default: kode 3.")),
         u"TYPE"_s},
        {u"limit"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "shrink: the limit the stamped result must fit, in KB (default: "
                                "as --upload-limit).")),
         u"KB"_s},
        {u"dpi"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "shrink, topdf: the highest resolution images keep (default 150; "
                                "200 for small print).")),
         u"N"_s},
        {u"allow-overlap"_s,
         text(QT_TRANSLATE_NOOP("bubuh-cli",
                                "stamp: stamp even where the stamp covers text or ink."))},
        {u"upload-limit"_s,
         text(QT_TRANSLATE_NOOP(
             "bubuh-cli",
             "Largest file the portal slot accepts, in KB (default: the limit chosen for "
             "documents of this name in the window, else 800).")),
         u"KB"_s},
    });
    parser.process(app);

    static const QHash<QString, void (*)(bubuh::CliContext &, bubuh::Commands::Done)> commands = {
        {u"login"_s, &bubuh::Commands::login},       {u"balance"_s, &bubuh::Commands::balance},
        {u"buy"_s, &bubuh::Commands::buy},           {u"stamp"_s, &bubuh::Commands::stamp},
        {u"history"_s, &bubuh::Commands::history},   {u"resume"_s, &bubuh::Commands::resume},
        {u"evidence"_s, &bubuh::Commands::evidence}, {u"inspect"_s, &bubuh::Commands::inspect},
        {u"shrink"_s, &bubuh::Commands::shrink},     {u"topdf"_s, &bubuh::Commands::topdf},
        {u"place"_s, &bubuh::Commands::place},       {u"verify"_s, &bubuh::Commands::verify},
        {u"cancel"_s, &bubuh::Commands::cancel},
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
    if (parser.isSet(u"profile"_s)
        && !bubuh::ServiceProfile::ids().contains(parser.value(u"profile"_s))) {
        return cli.fail(
            {QCoreApplication::translate("bubuh-cli", "Unknown profile \"%1\". Choose one of: %2.")
                 .arg(parser.value(u"profile"_s), bubuh::ServiceProfile::ids().join(u", "_s)),
             {}},
            bubuh::CliContext::Usage);
    }
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
