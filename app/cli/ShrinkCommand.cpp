#include "CliContext.h"
#include "Commands.h"

#include "pdf/PdfShrinker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

namespace {

// Writes bytes to path whole or not at all.
bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}

} // namespace

void shrink(CliContext &cli, Done done)
{
    QCommandLineParser &o = cli.options();
    const QString file = o.positionalArguments().value(1);
    bool okDpi = true;
    const int dpi = o.isSet(u"dpi"_s) ? o.value(u"dpi"_s).toInt(&okDpi) : 150;
    if (file.isEmpty() || !okDpi || dpi < 50 || dpi > 600) {
        done(
            cli.fail({tr("Use: bubuh-cli shrink FILE [--out OUT] [--limit KB] [--dpi 50-600]"), {}},
                     CliContext::Usage));
        return;
    }
    const QString out = o.isSet(u"out"_s) ? o.value(u"out"_s) : PdfShrinker::smallerCopyPath(file);
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(file).absoluteFilePath()) {
        done(cli.fail(
            {tr("The smaller copy must not replace the original: choose another --out."), {}},
            CliContext::Usage));
        return;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        done(cli.fail({tr("The document %1 cannot be read: %2").arg(file, in.errorString()), {}},
                      CliContext::Unusable));
        return;
    }
    const QByteArray original = in.readAll();
    InspectionOptions limits = cli.inspectionOptions(file);
    if (o.isSet(u"limit"_s))
        limits.uploadLimitBytes = qint64(std::max(1, o.value(u"limit"_s).toInt())) * 1024;
    // Offline: the growth is the profile's figure, nothing is sent.
    const Result<PdfShrinker::Fitted> fitted
        = PdfShrinker::shrinkToFit(original, limits.uploadLimitBytes, limits.stampGrowthBytes, dpi);
    if (!fitted) {
        done(cli.fail(fitted.failure(), CliContext::Unusable));
        return;
    }
    const PdfShrinker::Outcome &result = fitted.value().outcome;
    QString error;
    if (!writeWhole(out, result.pdf, &error)) {
        done(cli.fail({tr("The smaller copy cannot be saved to %1: %2").arg(out, error), {}},
                      CliContext::Unusable));
        return;
    }
    const qint64 predicted = result.pdf.size() + limits.stampGrowthBytes;
    const bool fits = fitted.value().fits;
    if (!cli.json()) {
        cli.say(tr("%1: %2 KB -> %3 KB, saved as %4")
                    .arg(file)
                    .arg(Inspection::kilobytes(original.size()))
                    .arg(Inspection::kilobytes(result.pdf.size()))
                    .arg(out));
        if (result.images)
            cli.say(
                tr("  %n image(s) recompressed at %1 dpi, JPEG quality %2", result.imagesRecoded)
                    .arg(result.images->dpi)
                    .arg(result.images->quality));
        else
            cli.say(tr("  images kept as they were; only the file's structure was rewritten"));
        if (!result.removed.isEmpty())
            cli.say(tr("  left out: %1").arg(result.removed.join(u", "_s)));
        cli.say(fits ? tr("About %1 KB after stamping: it fits the %2 KB limit. Stamp the copy, "
                          "not the original.")
                           .arg(Inspection::kilobytes(predicted))
                           .arg(Inspection::kilobytes(limits.uploadLimitBytes))
                     : tr("Even the strongest setting leaves about %1 KB after stamping, over the "
                          "%2 KB limit: remove pages, or scan again at a lower resolution.")
                           .arg(Inspection::kilobytes(predicted))
                           .arg(Inspection::kilobytes(limits.uploadLimitBytes)));
    }
    QJsonObject json{{u"file"_s, QFileInfo(file).absoluteFilePath()},
                     {u"out"_s, QFileInfo(out).absoluteFilePath()},
                     {u"sizeBytes"_s, double(original.size())},
                     {u"shrunkBytes"_s, double(result.pdf.size())},
                     {u"predictedStampedBytes"_s, double(predicted)},
                     {u"uploadLimitBytes"_s, double(limits.uploadLimitBytes)},
                     {u"fits"_s, fits},
                     {u"imagesRecoded"_s, result.imagesRecoded},
                     {u"removed"_s, QJsonArray::fromStringList(result.removed)}};
    if (result.images) {
        json.insert(u"dpi"_s, result.images->dpi);
        json.insert(u"quality"_s, result.images->quality);
    }
    done(cli.finishJson(json, fits ? CliContext::Ok : CliContext::Unusable));
}

} // namespace bubuh::Commands
