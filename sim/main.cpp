// emeterai-sim: the e-Meterai service simulator on one loopback port (protocol.md).
#include "EmeteraiSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"emeterai-sim"_s);
    QCoreApplication::setOrganizationName(u"Bubuh"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUBUH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulator of the e-Meterai service for Bubuh. Its stamps say \"SIMULASI - TIDAK SAH\" "
        "and are signed by its own CA: they are never a real e-Meterai."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on (0 = any free port)."_s, u"P"_s, u"0"_s},
        {u"listen"_s, u"Address to listen on."_s, u"ADDRESS"_s, u"127.0.0.1"_s},
        {u"data-dir"_s, u"Folder that keeps the simulator's CA."_s, u"DIR"_s},
        {u"export-ca"_s, u"Write the root certificate (PEM) to FILE and exit."_s, u"FILE"_s},
    });
    sim::SimConfig::declareOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    sim::SimConfig config;
    if (const QString error = config.readOptions(parser); !error.isEmpty()) {
        err << "emeterai-sim: " << error << Qt::endl;
        return 1;
    }
    sim::EmeteraiSimulator simulator(config, parser.value(u"data-dir"_s));
    if (parser.isSet(u"export-ca"_s)) {
        const QByteArray pem = simulator.rootCertificatePem();
        QFile out(parser.value(u"export-ca"_s));
        if (pem.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(pem) != pem.size()) {
            err << "emeterai-sim: cannot write " << out.fileName() << Qt::endl;
            return 1;
        }
        return 0;
    }
    bool portOk = false;
    const uint port = parser.value(u"port"_s).toUInt(&portOk);
    const QHostAddress address(parser.value(u"listen"_s));
    QString error;
    if (!portOk || port > 65535 || address.isNull()) {
        err << "emeterai-sim: bad --port or --listen" << Qt::endl;
        return 1;
    }
    if (!simulator.listen(address, quint16(port), &error)) {
        err << "emeterai-sim: " << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on " << (config.tls ? "https" : "http") << "://"
                        << address.toString() << ':' << simulator.port() << Qt::endl;
    return app.exec();
}
