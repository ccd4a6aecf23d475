#include "ExternalTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace test {

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    ToolRun run;
    if (!p.waitForStarted(30000)) {
        run.output = u"%1 did not start"_s.arg(program);
        return run;
    }
    p.waitForFinished(120000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = QString::fromUtf8(p.readAll());
    return run;
}

static QString writeTemp(const QTemporaryDir &dir, const QByteArray &pdf)
{
    const QString path = dir.filePath(u"doc.pdf"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(pdf);
    return path;
}

ToolRun pdfsig(const QByteArray &pdf)
{
    QTemporaryDir dir;
    return runTool(u"pdfsig"_s, {writeTemp(dir, pdf)});
}

ToolRun qpdfCheck(const QByteArray &pdf)
{
    QTemporaryDir dir;
    return runTool(u"qpdf"_s, {u"--check"_s, writeTemp(dir, pdf)});
}

QImage renderPage(const QByteArray &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString input = writeTemp(dir, pdf);
    const QString prefix = dir.filePath(u"page"_s);
    runTool(u"pdftoppm"_s,
            {u"-cropbox"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
             QString::number(page), u"-png"_s, u"-singlefile"_s, input, prefix});
    return QImage(prefix + u".png"_s);
}

QString pdftotext(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString input = writeTemp(dir, pdf);
    const QString output = dir.filePath(u"text.txt"_s);
    runTool(u"pdftotext"_s, {input, output});
    QFile f(output);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace test
