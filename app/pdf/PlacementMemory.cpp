#include "PlacementMemory.h"

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

static QString keyOf(const QString &fileName)
{
    const QString pattern = patternOf(fileName);
    return pattern.isEmpty()
        ? QString()
        : u"placements/"_s + QString::fromLatin1(pattern.toUtf8().toPercentEncoding());
}

void remember(QSettings &settings, const QString &fileName, const Placement &p)
{
    const QString key = keyOf(fileName);
    if (key.isEmpty())
        return;
    settings.setValue(key, QVariantList{p.page, p.u, p.v, p.size});
}

std::optional<Placement> recall(QSettings &settings, const QString &fileName)
{
    const QString key = keyOf(fileName);
    const QVariantList v = key.isEmpty() ? QVariantList() : settings.value(key).toList();
    if (v.size() != 4)
        return std::nullopt;
    return Placement{v[0].toInt(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
}

} // namespace bubuh::PlacementMemory
