#include "UploadLimits.h"

#include "PlacementMemory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh::UploadLimits {

namespace {

const QString kDefaultKey = u"upload/limitKb"_s;

QString keyOf(const QString &fileName)
{
    const QString pattern = PlacementMemory::patternOf(fileName);
    return pattern.isEmpty()
        ? QString()
        : u"uploadLimits/"_s + QString::fromLatin1(pattern.toUtf8().toPercentEncoding());
}

int sane(int kb)
{
    return std::clamp(kb, 1, 100'000);
}

} // namespace

QList<int> commonKb()
{
    return {200, 300, 500, 800, 1024};
}

int defaultKb(QSettings &settings)
{
    bool ok = false;
    const int kb = settings.value(kDefaultKey, kDefaultKb).toInt(&ok);
    return ok && kb > 0 ? sane(kb) : kDefaultKb;
}

void setDefaultKb(QSettings &settings, int kb)
{
    settings.setValue(kDefaultKey, sane(kb));
}

void remember(QSettings &settings, const QString &fileName, int kb)
{
    if (const QString key = keyOf(fileName); !key.isEmpty())
        settings.setValue(key, sane(kb));
}

int forFile(QSettings &settings, const QString &fileName)
{
    const QString key = keyOf(fileName);
    bool ok = false;
    const int kb = key.isEmpty() ? 0 : settings.value(key).toInt(&ok);
    return ok && kb > 0 ? sane(kb) : defaultKb(settings);
}

} // namespace bubuh::UploadLimits
