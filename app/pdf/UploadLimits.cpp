#include "UploadLimits.h"

#include "PlacementMemory.h"
#include "core/Settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh::UploadLimits {

namespace {

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
    const int kb = Settings(settings).value(Settings::Key::UploadLimitKb).toInt(&ok);
    return ok && kb > 0 ? sane(kb) : Settings::kDefaultUploadLimitKb;
}

void setDefaultKb(QSettings &settings, int kb)
{
    Settings(settings).setValue(Settings::Key::UploadLimitKb, sane(kb));
}

void remember(QSettings &settings, const QString &fileName, int kb)
{
    if (const QString pattern = PlacementMemory::patternOf(fileName); !pattern.isEmpty())
        Settings(settings).setValue(Settings::Key::UploadLimitFor, sane(kb), pattern);
}

int forFile(QSettings &settings, const QString &fileName)
{
    const QString pattern = PlacementMemory::patternOf(fileName);
    bool ok = false;
    const int kb = pattern.isEmpty()
        ? 0
        : Settings(settings).value(Settings::Key::UploadLimitFor, pattern).toInt(&ok);
    return ok && kb > 0 ? sane(kb) : defaultKb(settings);
}

} // namespace bubuh::UploadLimits
