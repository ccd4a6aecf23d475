// bubuh-cli: the Bubuh core for scripts, power users and tests (design.md "bubuh-cli").
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bubuh-cli"_s);
    QCoreApplication::setOrganizationName(u"Bubuh"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUBUH_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bubuh: e-Meterai from the command line."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(1);
}
