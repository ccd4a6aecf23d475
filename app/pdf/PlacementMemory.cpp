#include "PlacementMemory.h"
#include "core/Settings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh::PlacementMemory {

QString patternOf(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName().toLower();
    static const QRegularExpression noise(u"[^a-z]+"_s); // digits, dates, separators
    base.replace(noise, u" "_s);
    return base.simplified();
}

void remember(QSettings &settings, const QString &fileName, const Placement &p)
{
    const QString pattern = patternOf(fileName);
    if (pattern.isEmpty())
        return;
    Settings(settings).setValue(Settings::Key::PlacementFor, QVariantList{p.page, p.u, p.v, p.size},
                                pattern);
}

std::optional<Placement> recall(QSettings &settings, const QString &fileName)
{
    const QString pattern = patternOf(fileName);
    const QVariantList v = pattern.isEmpty()
        ? QVariantList()
        : Settings(settings).value(Settings::Key::PlacementFor, pattern).toList();
    if (v.size() != 4)
        return std::nullopt;
    return Placement{v[0].toInt(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
}

} // namespace bubuh::PlacementMemory
