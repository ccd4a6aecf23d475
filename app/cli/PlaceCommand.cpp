#include "CliContext.h"
#include "Commands.h"

#include "core/Settings.h"
#include "pdf/DocumentInspector.h"
#include "pdf/PageInk.h"
#include "pdf/PlacementGeometry.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace bubuh::Commands {

namespace {

QString percent(double share)
{
    return QString::number(share * 100, 'f', share < 0.1 ? 1 : 0);
}

} // namespace

Result<QByteArray> readDocument(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Failure{tr("The document %1 cannot be read: %2").arg(file, in.errorString()), {}};
    return in.readAll();
}

std::optional<double> inkUnder(const QString &file, const Placement &placement, QString *problem)
{
    const Result<QByteArray> read = readDocument(file);
    if (!read) {
        *problem = read.failure().message;
        return std::nullopt;
    }
    const QByteArray &pdf = read.value();
    const Result<QList<PageBoxes>> pages = PageBoxes::read(pdf);
    if (!pages || placement.page < 1 || placement.page > pages.value().size()) {
        *problem = tr("The page does not exist.");
        return std::nullopt;
    }
    const Result<InkMap> ink
        = PageInk::read(pdf, placement.page - 1, pages.value().at(placement.page - 1));
    if (!ink) {
        *problem = ink.failure().message;
        return std::nullopt;
    }
    return ink.value().coveredShare(placement.displayRect());
}

QString overlapRefusal(double share)
{
    return tr("The stamp there covers text or ink (%1 % of its square). The stamp must not cover "
              "text or a signature. Run bubuh-cli place to find a blank spot, or give "
              "--allow-overlap if it is meant to be there.")
        .arg(percent(share));
}

void place(CliContext &cli, Done done)
{
    QCommandLineParser &o = cli.options();
    const QString file = o.positionalArguments().value(1);
    bool okPage = false, okSize = true;
    const int page = o.value(u"page"_s).toInt(&okPage);
    const double size
        = o.isSet(u"size"_s) ? o.value(u"size"_s).toDouble(&okSize) : Settings::kDefaultStampSize;
    if (file.isEmpty() || !okPage || !okSize || size < 54 || size > 200) {
        done(cli.fail({tr("Use: bubuh-cli place FILE --page P [--size 54-200] [--json]"), {}},
                      CliContext::Usage));
        return;
    }
    const Result<QByteArray> read = readDocument(file);
    if (!read) {
        done(cli.fail(read.failure(), CliContext::Unusable));
        return;
    }
    const QByteArray &pdf = read.value();
    const Result<QList<PageBoxes>> pages = PageBoxes::read(pdf);
    if (!pages || page < 1 || page > pages.value().size()) {
        done(cli.fail({tr("The document has no page %1.").arg(page), {}}, CliContext::Unusable));
        return;
    }
    const Result<InkMap> ink = PageInk::read(pdf, page - 1, pages.value().at(page - 1));
    if (!ink) {
        done(cli.fail(ink.failure(), CliContext::Unusable));
        return;
    }
    const QRectF spot = ink.value().suggestedSpot(size);
    const double covered = ink.value().coveredShare(spot);
    if (!cli.json()) {
        cli.say(tr("A blank spot on page %1: --x %2 --y %3 --size %4 (points from the top left "
                   "of the page as displayed; %5 % ink under it).")
                    .arg(page)
                    .arg(spot.x(), 0, 'f', 1)
                    .arg(spot.y(), 0, 'f', 1)
                    .arg(size, 0, 'f', 1)
                    .arg(percent(covered)));
    }
    done(cli.finishJson({{u"page"_s, page},
                         {u"x"_s, spot.x()},
                         {u"y"_s, spot.y()},
                         {u"size"_s, size},
                         {u"unit"_s, u"pt"_s},
                         {u"covered"_s, covered}},
                        CliContext::Ok));
}

} // namespace bubuh::Commands
